# struct.pack/unpack round trips over every format code and byte order.
import struct

for order in ('<', '>', '=', '!'):
    for code, value in [('b', -5), ('B', 200), ('h', -1234), ('H', 60000),
                        ('i', -123456), ('I', 4000000000), ('l', -7), ('L', 7),
                        ('q', -2**62), ('Q', 2**64 - 1), ('?', True), ('c', b'z'),
                        ('f', 1.5), ('d', -2.25), ('e', 0.5)]:
        fmt = order + code
        data = struct.pack(fmt, value)
        back = struct.unpack(fmt, data)
        print(fmt, struct.calcsize(fmt), data, back, back[0] == value)

print(struct.pack('<3h', 1, 2, 3), struct.unpack('<3h', b'\x01\x00\x02\x00\x03\x00'))
print(struct.pack('>2sx2s', b'ab', b'cd'))
print(struct.pack('5s', b'abcdefgh'), struct.pack('5s', b'ab'), struct.pack('0s', b'xyz'))
print(struct.unpack('4s', b'spam'), struct.unpack('0s', b''))
print(struct.pack('4p', b'hello'), struct.unpack('4p', b'\x03abc'), struct.unpack('4p', b'\x09abc'))
print(struct.pack('?', 0), struct.pack('?', 'x'), struct.pack('?', []), struct.unpack('??', b'\x00\x05'))
print(struct.pack('<i', True), struct.pack('<Q', 0))
print(struct.pack(b'<hh', 1, -1))
print(struct.unpack('<I', bytearray(b'\x01\x02\x03\x04')))
print(struct.pack('< i  h ', 1, 2))
print(struct.pack('<qQ', -1, 2**63))
print(struct.unpack('>q', b'\x80' + b'\x00' * 7), struct.unpack('<Q', b'\xff' * 8))
print(struct.pack('>10s', 'é'.encode('utf-8')))
for f in ('', 'x', '3x', 'c', '10c', '<qQdi', '>5p', '2e'):
    print(repr(f), struct.calcsize(f))
header = struct.pack('<4sHHI', b'RIFF', 1, 2, 36)
magic, a, b, size = struct.unpack('<4sHHI', header)
print(magic, a, b, size, len(header))
