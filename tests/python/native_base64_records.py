# Encoding binary records as text: struct + base64 + zlib + binascii checks.
import base64
import binascii
import struct
import zlib

records = [struct.pack('<Hd', i, i * 1.5) for i in range(5)]
blob = b''.join(records)
text = base64.b64encode(zlib.compress(blob)).decode('ascii')
back = zlib.decompress(base64.b64decode(text))
print(back == blob, [struct.unpack('<Hd', back[i:i + 10]) for i in range(0, len(back), 10)])
print(base64.urlsafe_b64encode(blob[:12]), binascii.hexlify(blob[:6], ' '))
token = base64.b32encode(struct.pack('>I', 123456789)).decode()
print(token, struct.unpack('>I', base64.b32decode(token))[0])
print(base64.b16encode(b'\xde\xad\xbe\xef'), binascii.crc32(blob), zlib.adler32(blob))
signed = blob + struct.pack('<I', binascii.crc32(blob))
body, crc = signed[:-4], struct.unpack('<I', signed[-4:])[0]
print(crc == binascii.crc32(body))
