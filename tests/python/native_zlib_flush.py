# zlib streaming flush modes: sync points let a reader decode a prefix.
import zlib

for strategy in [zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED]:
    co = zlib.compressobj(6, zlib.DEFLATED, 15, 9, strategy)
    data = b'strategy test ' * 100
    packed = co.compress(data) + co.flush()
    print(strategy, zlib.decompress(packed) == data)

co = zlib.compressobj()
reader = zlib.decompressobj()
received = []
for i, msg in enumerate([b'first message', b'second', b'third and last']):
    chunk = co.compress(msg) + co.flush(zlib.Z_SYNC_FLUSH if i % 2 == 0 else zlib.Z_FULL_FLUSH)
    print(chunk[-4:] == b'\x00\x00\xff\xff', end=' ')
    received.append(reader.decompress(chunk))
print()
print(received)
print(reader.decompress(co.flush()), reader.eof)
print(co.flush(zlib.Z_NO_FLUSH) if False else 'finished')
co2 = zlib.compressobj()
print(co2.flush(zlib.Z_NO_FLUSH), zlib.decompress(co2.compress(b'') + co2.flush()))
