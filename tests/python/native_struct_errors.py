# struct.error and the other exceptions, with CPython's messages.
import struct


def attempt(fn, *args):
    try:
        r = fn(*args)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', r)


print(issubclass(struct.error, Exception), struct.error.__name__, struct.error.__module__)
attempt(struct.pack, 'b', 128)
attempt(struct.pack, 'B', -1)
attempt(struct.pack, 'B', 256)
attempt(struct.pack, '>h', 32768)
attempt(struct.pack, '>H', 65536)
attempt(struct.pack, '>H', -1)
attempt(struct.pack, 'i', 2**31)
attempt(struct.pack, '<i', -2**31 - 1)
attempt(struct.pack, 'I', -1)
attempt(struct.pack, 'I', 2**32)
attempt(struct.pack, '<l', 2**31)
attempt(struct.pack, '>L', 2**32)
attempt(struct.pack, 'q', 2**63)
attempt(struct.pack, '<Q', -1)
attempt(struct.pack, '>q', 2**63)
attempt(struct.pack, '>Q', -1)
attempt(struct.pack, 'b', 2**70)
attempt(struct.pack, 'i', 1.0)
attempt(struct.pack, 'i', '1')
attempt(struct.pack, 'i', None)
attempt(struct.pack, 'd', 'x')
attempt(struct.pack, 'f', [])
attempt(struct.pack, '<f', 1e300)
attempt(struct.pack, 'e', 70000.0)
attempt(struct.pack, 'c', b'ab')
attempt(struct.pack, 'c', 'a')
attempt(struct.pack, 's', 'text')
attempt(struct.pack, 'p', 3)
attempt(struct.pack, 'ii', 1)
attempt(struct.pack, 'i', 1, 2)
attempt(struct.pack, 'x', 1)
attempt(struct.pack)
attempt(struct.pack, 5)
attempt(struct.calcsize, 'z')
attempt(struct.calcsize, '3')
attempt(struct.calcsize, '3 i')
attempt(struct.calcsize, '<P')
attempt(struct.calcsize, '=n')
attempt(struct.calcsize, 'i i')
attempt(struct.unpack, 'i', b'abc')
attempt(struct.unpack, 'i', b'abcde')
attempt(struct.unpack, 'i', 'abcd')
attempt(struct.unpack, 'i', 5)
attempt(struct.Struct, 1)
attempt(struct.Struct, 'q!')


class Idx:
    def __index__(self):
        return 42


class Flt:
    def __float__(self):
        return 2.5


attempt(struct.pack, '<i', Idx())
attempt(struct.pack, '<d', Idx())
attempt(struct.pack, '<d', Flt())
attempt(struct.pack, '<i', Flt())
try:
    struct.pack('h', 'no')
except struct.error as e:
    print('caught as struct.error:', e)
