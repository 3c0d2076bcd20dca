# zlib.compressobj / decompressobj: streaming in pieces, flush modes, containers.
import zlib

data = b''.join(b'line %d: some repetitive content here\n' % i for i in range(500))
for wbits in [15, 9, -15, 31]:
    co = zlib.compressobj(6, zlib.DEFLATED, wbits)
    parts = [co.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)]
    parts.append(co.flush())
    packed = b''.join(parts)
    print(wbits, zlib.decompress(packed, wbits) == data, zlib.decompress(packed, 47) == data if wbits in (15, 31) else '-')

    do = zlib.decompressobj(wbits)
    out = b''.join(do.decompress(packed[i:i + 333]) for i in range(0, len(packed), 333))
    out += do.flush()
    print('  ', out == data, do.eof, do.unused_data, do.unconsumed_tail)

co = zlib.compressobj(level=9)
first = co.compress(b'part one;')
sync = co.flush(zlib.Z_SYNC_FLUSH)
d = zlib.decompressobj()
print(d.decompress(first + sync), d.eof)
rest = co.compress(b'part two') + co.flush()
print(d.decompress(rest + b'EXTRA'), d.eof, d.unused_data)
print(d.decompress(b'more'), d.unused_data)
try:
    co.compress(b'after finish')
except zlib.error as e:
    print('zlib.error', e)

co = zlib.compressobj()
packed = co.compress(b'x' * 5000 + b'y' * 5000) + co.flush()
d = zlib.decompressobj()
chunks = []
buf = packed
while True:
    piece = d.decompress(buf, 1024)
    chunks.append(piece)
    buf = d.unconsumed_tail
    if not buf:
        break
chunks.append(d.flush())
print(max(len(c) for c in chunks) <= 1024, b''.join(chunks) == b'x' * 5000 + b'y' * 5000)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)
for bad in [lambda: zlib.compressobj(10), lambda: zlib.compressobj(1, 8, 7), lambda: zlib.decompressobj(3),
            lambda: zlib.decompressobj().decompress(b'x', -1), lambda: zlib.decompressobj().flush(0)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
