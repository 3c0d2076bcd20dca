# pack_into, unpack_from and iter_unpack with offsets and error cases.
import struct

buf = bytearray(12)
struct.pack_into('<I', buf, 0, 0xdeadbeef)
struct.pack_into('<H', buf, 4, 0x1234)
struct.pack_into('<hh', buf, -4, -1, 2)
print(buf)
print(struct.unpack_from('<I', buf), struct.unpack_from('<H', buf, 4), struct.unpack_from('<hh', buf, -4))
print(struct.unpack_from('<H', buf, offset=4))
print(struct.unpack_from('<B', b'abc', 2), struct.unpack_from('<B', buffer=b'xyz'))


def attempt(fn, *args):
    try:
        r = fn(*args)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', r)


attempt(struct.pack_into, '<I', buf, 10, 1)
attempt(struct.pack_into, '<I', buf, -13, 1)
attempt(struct.pack_into, '<I', bytes(8), 0, 1)
attempt(struct.pack_into, '<I', buf, 0)
attempt(struct.pack_into, '<I', buf)
attempt(struct.pack_into, '<I')
attempt(struct.unpack_from, '<I', b'abc')
attempt(struct.unpack_from, '<I', b'abcdefgh', 6)
attempt(struct.unpack_from, '<I', b'abcd', -5)
attempt(struct.unpack_from, '<I', b'abcd', -4)
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(next(it), list(it))
attempt(lambda: list(struct.iter_unpack('<i', b'12345')))
attempt(lambda: list(struct.iter_unpack('', b'')))
print(list(struct.iter_unpack('<2B', bytearray(b'abcd'))))
print(list(struct.iter_unpack('<i', b'')))
