# io.BytesIO as a binary stream: chunked reads, readinto, struct framing.
import io
import struct

stream = io.BytesIO()
for word in [b'one', b'three', b'fifteen']:
    stream.write(struct.pack('>H', len(word)) + word)
stream.write(struct.pack('>H', 0))
stream.seek(0)
words = []
while True:
    (n,) = struct.unpack('>H', stream.read(2))
    if n == 0:
        break
    words.append(stream.read(n))
print(words, stream.tell(), len(stream.getvalue()))

src = io.BytesIO(bytes(range(20)))
buf = bytearray(6)
sizes = []
while True:
    n = src.readinto(buf)
    if not n:
        break
    sizes.append((n, bytes(buf[:n])))
print(sizes)
r = io.BytesIO(b'abcdefgh')
print(list(iter(lambda: r.read(3), b'')))
w = io.BytesIO(b'0123456789')
w.seek(3)
w.write(b'abc')
w.seek(0, io.SEEK_END)
w.write(b'!')
print(w.getvalue(), w.tell())
view = w.getbuffer()
print(len(view), bytes(view[:3]))
