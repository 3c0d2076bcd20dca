# Content-addressed storage: deduplicating blobs by their SHA-256 digest.
import hashlib

store = {}


def put(blob):
    key = hashlib.sha256(blob).hexdigest()
    if key not in store:
        store[key] = blob
    return key[:16]


keys = [put(b'first blob'), put(b'second blob'), put(b'first blob'), put(b''), put(bytes(1000))]
print(keys)
print(len(store), sorted(k[:8] for k in store))

# A simple Merkle root over chunks.
chunks = [bytes([i]) * 64 for i in range(7)]
level = [hashlib.sha1(c).digest() for c in chunks]
while len(level) > 1:
    if len(level) % 2:
        level.append(level[-1])
    level = [hashlib.sha1(level[i] + level[i + 1]).digest() for i in range(0, len(level), 2)]
print(level[0].hex())

# HMAC-like keyed digest built by hand.
def keyed(key, msg, algo='md5'):
    block = hashlib.new(algo).block_size
    if len(key) > block:
        key = hashlib.new(algo, key).digest()
    key = key.ljust(block, b'\0')
    inner = hashlib.new(algo, bytes(k ^ 0x36 for k in key) + msg).digest()
    return hashlib.new(algo, bytes(k ^ 0x5c for k in key) + inner).hexdigest()


print(keyed(b'key', b'The quick brown fox jumps over the lazy dog'))
print(keyed(b'key', b'The quick brown fox jumps over the lazy dog', 'sha256'))
