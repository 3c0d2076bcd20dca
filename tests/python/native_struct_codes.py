# struct: the pad, bool, char and Pascal-string codes, and counts.
import struct

print(struct.pack('3x'), struct.pack('b3xb', 1, 2), struct.unpack('b3xb', b'\x01\x00\x00\x00\x02'))
print(struct.pack('?' * 5, True, False, 2, '', [0]), struct.unpack('5?', b'\x00\x01\x02\xff\x00'))
print(struct.pack('3c', b'a', b'b', b'c'), struct.unpack('3c', b'xyz'))
for n in [1, 2, 5, 10]:
    fmt = '%dp' % n
    packed = struct.pack(fmt, b'hello')
    print(fmt, struct.calcsize(fmt), packed, struct.unpack(fmt, packed))
print(struct.pack('300p', b'x' * 300)[:3], struct.unpack('300p', struct.pack('300p', b'y' * 400))[0][-2:])
print(struct.pack('2s3s', b'abcd', b'e'), struct.unpack('2s3s', b'abcde'))
print(struct.calcsize('10s'), struct.calcsize('0s0p'), struct.pack('0s0p', b'a', b'b'), struct.pack('0s', b'abc'), struct.unpack('0s', b''))
print(struct.pack('<2h2x2h', 1, 2, 3, 4))
print(struct.unpack('<hh', struct.pack('<hh', -32768, 32767)), struct.unpack('<HH', struct.pack('<HH', 0, 65535)))
print(struct.unpack('<bB', b'\x80\x80'), struct.unpack('>iI', b'\xff' * 8))
