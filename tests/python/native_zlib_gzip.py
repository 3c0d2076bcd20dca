# zlib with the gzip container: headers, trailers, auto-detection.
import struct
import zlib

payload = b'gzip container test\n' * 40
co = zlib.compressobj(9, zlib.DEFLATED, 31)
gz = co.compress(payload) + co.flush()
print(gz[:3], gz[9], len(gz) < len(payload))
crc, size = struct.unpack('<II', gz[-8:])
print(crc == zlib.crc32(payload), size == len(payload))
print(zlib.decompress(gz, 31) == payload, zlib.decompress(gz, 16 + 15) == payload, zlib.decompress(gz, 32 + 15) == payload)

# gzip data with a file name field, as gzip.compress(..., mtime=0) with a name writes.
NAMED = (b'\x1f\x8b\x08\x08\x00\x00\x00\x00\x02\xffnote.txt\x00\xcbH\xcd\xc9\xc9W(\xcf/\xcaIQ\xe4\x02'
         b'\x00\xb4\xaf\xd7\x01\r\x00\x00\x00')
print(zlib.decompress(NAMED, 31))
d = zlib.decompressobj(47)
out = b''
for i in range(0, len(NAMED), 3):
    out += d.decompress(NAMED[i:i + 3])
print(out, d.eof, d.unused_data)
try:
    zlib.decompress(gz[:-4] + b'\0\0\0\0', 31)
except zlib.error as e:
    print('zlib.error', e)
try:
    zlib.decompress(b'\x1f\x8b\x09' + gz[3:], 31)
except zlib.error as e:
    print('zlib.error', e)
