# zlib.decompress of data compressed by CPython's zlib (zlib, gzip and raw containers).
import zlib

ZLIB_DATA = (b'x\xda\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-(V\xc8/K-R(\x01J\xe7$VU*'
             b'\xa4\xe4\xa7\xeb)\x84\x8c*\x1eU<\xaa\x98\xda\x8a\x01G\xa5C\x1c')
GZIP_DATA = (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03K\xaf\xca,P(H\xac\xcc\xc9OL\xe1J'\x83\x03\x00"
             b"\n\xf4\xa2 A\x00\x00\x00")
RAW_DATA = b'+J,WHIM\xcbI,IU(.)JM\xcc\x05\x00'

text = zlib.decompress(ZLIB_DATA)
print(len(text), text[:45], text == b'The quick brown fox jumps over the lazy dog. ' * 20)
print(zlib.decompress(GZIP_DATA, 31))
print(zlib.decompress(GZIP_DATA, 47), zlib.decompress(ZLIB_DATA, 47)[:9])
print(zlib.decompress(RAW_DATA, -15), zlib.decompress(RAW_DATA, wbits=-9))
print(zlib.decompress(ZLIB_DATA, bufsize=1)[:9], zlib.decompress(bytearray(ZLIB_DATA))[-5:])
print(zlib.decompress(ZLIB_DATA + b'trailing junk')[:3])


def attempt(fn, *args):
    try:
        r = fn(*args)
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
    else:
        print('ok', r[:20])


attempt(zlib.decompress, b'garbage')
attempt(zlib.decompress, ZLIB_DATA[:-3])
attempt(zlib.decompress, ZLIB_DATA[:5])
attempt(zlib.decompress, ZLIB_DATA[:-1] + b'\x00')
attempt(zlib.decompress, GZIP_DATA)
attempt(zlib.decompress, RAW_DATA)
attempt(zlib.decompress, b'')
attempt(zlib.decompress, 'text')
attempt(zlib.decompress, ZLIB_DATA, 15, -1)
print(issubclass(zlib.error, Exception), zlib.error.__module__)
