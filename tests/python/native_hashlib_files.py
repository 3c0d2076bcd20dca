# Hashing a file in chunks matches hashing its whole content.
import hashlib
import os

path = '/tmp/cinder_suite_native_hashlib_files.tmp'
with open(path, 'wb') as f:
    for i in range(200):
        f.write(('line %d of the test file\n' % i).encode())

h = hashlib.sha512()
with open(path, 'rb') as f:
    while True:
        chunk = f.read(1000)
        if not chunk:
            break
        h.update(chunk)
with open(path, 'rb') as f:
    whole = hashlib.sha512(f.read()).hexdigest()
print(h.hexdigest() == whole, whole[:32])
with open(path, 'rb') as f:
    print(hashlib.md5(f.read()).hexdigest())
os.remove(path)
