# zlib.compress / decompress round trips at every level, and the constants.
import zlib

samples = [b'', b'a', b'hello world', b'abc' * 1000, bytes(range(256)) * 8,
           'unicode text: żółw — ünïcødé'.encode('utf-8') * 30]
for level in [-1, 0, 1, 2, 5, 6, 9]:
    ok = True
    for s in samples:
        c = zlib.compress(s, level)
        ok = ok and zlib.decompress(c) == s
        ok = ok and c[:1] == b'x' and (c[0] * 256 + c[1]) % 31 == 0
    print(level, ok)
big = b'0123456789' * 10000
c = zlib.compress(big)
print(len(c) < len(big) // 50, zlib.decompress(c) == big)
print(zlib.decompress(zlib.compress(b'keyword', level=3)))
print(len(zlib.compress(b'x' * 100, 0)) > 100)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE)
print(zlib.Z_NO_COMPRESSION, zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION)
print(zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH)
print(zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED)
try:
    zlib.compress(b'x', 10)
except zlib.error as e:
    print('zlib.error', e)
try:
    zlib.compress('str')
except TypeError as e:
    print('TypeError', e)
