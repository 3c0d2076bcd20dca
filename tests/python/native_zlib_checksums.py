# zlib.crc32 and zlib.adler32, including running checksums.
import zlib

for data in [b'', b'a', b'hello', b'hello world', bytes(range(256)), b'x' * 100000]:
    print(len(data), zlib.crc32(data), zlib.adler32(data))
print(zlib.crc32(b'hello', 12345), zlib.adler32(b'hello', 5), zlib.crc32(b'hello', -1), zlib.adler32(b'a', 2**32 + 1))
running_crc = 0
running_adler = 1
for chunk in [b'The ', b'quick ', b'brown ', b'fox']:
    running_crc = zlib.crc32(chunk, running_crc)
    running_adler = zlib.adler32(chunk, running_adler)
print(running_crc == zlib.crc32(b'The quick brown fox'), running_adler == zlib.adler32(b'The quick brown fox'))
print(zlib.crc32(bytearray(b'abc')), zlib.adler32(bytearray(b'abc')))
print('%08x' % zlib.crc32(b'The quick brown fox jumps over the lazy dog'))
try:
    zlib.crc32('text')
except TypeError as e:
    print('TypeError', e)
