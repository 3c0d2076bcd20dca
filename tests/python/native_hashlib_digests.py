# hashlib digests of known inputs for every algorithm.
import hashlib

inputs = [b'', b'abc', b'The quick brown fox jumps over the lazy dog', bytes(range(256)) * 3, b'a' * 1000]
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    ctor = getattr(hashlib, name)
    for data in inputs:
        h = ctor(data)
        print(name, len(data), h.hexdigest())
    h = ctor()
    print(name, h.name, h.digest_size, h.block_size, len(h.digest()))

print(hashlib.md5(bytearray(b'abc')).hexdigest())
print(hashlib.sha256(string=b'keyword').hexdigest())
print(hashlib.sha1(b'\x00\xff').digest())
