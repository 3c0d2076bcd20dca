# struct.Struct: a compiled format with size, format and the same operations.
import struct

s = struct.Struct('<ihb')
print(s.format, s.size)
data = s.pack(1, 2, 3)
print(data, s.unpack(data))
print(s.unpack_from(b'\x00' + data, 1))
buf = bytearray(10)
s.pack_into(buf, 2, -1, -2, -3)
print(buf)
print(list(s.iter_unpack(data * 3)))

b = struct.Struct(b'>HH')
print(b.format, b.size, b.pack(1, 2))

records = [(1, b'alpha', 2.5), (2, b'beta', -1.0), (3, b'gamma', 0.0)]
rec = struct.Struct('<I8sd')
blob = b''.join(rec.pack(*r) for r in records)
print(len(blob), rec.size)
for n, name, val in rec.iter_unpack(blob):
    print(n, name.rstrip(b'\x00'), val)


class Point(struct.Struct):
    def __init__(self):
        super().__init__('<dd')

    def encode(self, x, y):
        return self.pack(x, y)


p = Point()
print(p.size, p.encode(1.0, 2.0), p.unpack(p.encode(3.0, 4.0)))
try:
    s.pack(1, 2)
except struct.error as e:
    print('error:', e)
try:
    s.unpack(b'12')
except struct.error as e:
    print('error:', e)
