# hashlib: incremental update, copy, and new() by name.
import hashlib

h = hashlib.sha256()
for chunk in [b'The quick ', b'brown fox ', b'jumps over the lazy dog']:
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(b'The quick brown fox jumps over the lazy dog').hexdigest())
print(h.hexdigest())
print(h.hexdigest() == h.hexdigest())

a = hashlib.md5(b'prefix-')
b = a.copy()
a.update(b'one')
b.update(b'two')
print(a.hexdigest(), b.hexdigest())
print(hashlib.md5(b'prefix-one').hexdigest() == a.hexdigest())

for name in ['md5', 'SHA1', 'sha224', 'Sha256', 'sha384', 'sha512']:
    n = hashlib.new(name, b'data')
    print(name, n.name, n.hexdigest()[:20], n.digest_size)
print(hashlib.new('sha1').hexdigest())
try:
    hashlib.new('nosuchhash')
except ValueError as e:
    print('ValueError', e)
try:
    hashlib.md5(42)
except TypeError as e:
    print('TypeError', e)
print(sorted(n for n in ['md5', 'sha1', 'sha256', 'sha512'] if n in hashlib.algorithms_guaranteed))
print(sorted(n for n in ['md5', 'sha1', 'sha256'] if n in hashlib.algorithms_available))

digests = {}
for word in ['apple', 'banana', 'cherry']:
    digests[word] = hashlib.sha1(word.encode()).hexdigest()[:12]
print(digests)
