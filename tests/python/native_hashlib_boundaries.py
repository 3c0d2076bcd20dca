# hashlib: message lengths around the block and padding boundaries.
import hashlib

for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    line = []
    for n in [0, 1, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 1000]:
        line.append(hashlib.new(name, bytes(range(256)) * 4 + b'x' * n).hexdigest()[:8])
    print(name, ' '.join(line))
h = hashlib.sha512()
for i in range(300):
    h.update(bytes([i % 256]) * (i % 7))
print(h.hexdigest()[:40])
