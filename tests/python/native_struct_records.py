# A binary record format written and read with struct and io.BytesIO.
import io
import struct

HEADER = struct.Struct('<4sHI')
ENTRY = struct.Struct('<HhdI8s')

entries = [(1, -40, 3.25, 100000, b'alpha'), (2, 17, -0.5, 7, b'beta'), (65535, 0, 1e10, 2**32 - 1, b'omega!!!')]
buf = io.BytesIO()
buf.write(HEADER.pack(b'RECS', 1, len(entries)))
for e in entries:
    buf.write(ENTRY.pack(*e))
data = buf.getvalue()
print(len(data), HEADER.size + len(entries) * ENTRY.size)

r = io.BytesIO(data)
magic, version, count = HEADER.unpack(r.read(HEADER.size))
print(magic, version, count)
for _ in range(count):
    ident, temp, value, big, name = ENTRY.unpack(r.read(ENTRY.size))
    print(ident, temp, value, big, name.rstrip(b'\0').decode())
print(r.read() == b'')

# The same records through unpack_from with offsets.
offset = HEADER.size
while offset < len(data):
    print(ENTRY.unpack_from(data, offset)[0], end=' ')
    offset += ENTRY.size
print()

# Big-endian network header with a checksum of 16-bit words.
packet = struct.pack('!BBHHH', 0x45, 0, 28, 0x1c46, 0x4000)
words = struct.unpack('!%dH' % (len(packet) // 2), packet[:8])
print(packet.hex(), words, hex(sum(words) & 0xffff))
