# str / bytes / bytearray seeds: version 2 appends the SHA-512 digest.
import random

for s in ["", "a", "hello", "spam and eggs", "héllo wörld", "日本語",
          "x" * 200, b"", b"hello", b"\x00\xff" * 40, bytearray(b"abc")]:
    label = repr(s)[:40]
    random.seed(s)
    print(label, random.random(), random.randrange(1000))

# str and the bytes of its UTF-8 encoding seed alike.
random.seed("grüß")
a = random.random()
random.seed("grüß".encode())
print(a == random.random())

# Version 1: the old str hash.
for s in ["", "a", "hello", "spam", b"bytes", "é"]:
    random.seed(s, version=1)
    print(repr(s), random.random())

# Instances seeded with text.
r = random.Random("seed text")
print([r.randint(1, 6) for _ in range(10)])
r.seed(b"seed text")
print([r.randint(1, 6) for _ in range(10)])

# An int seeded with version=1 is unaffected by the version.
random.seed(77, version=1)
x = random.random()
random.seed(77)
print(x == random.random())

# seed(None) and Random() draw from OS entropy: only the range is fixed.
random.seed()
v = random.random()
print(0.0 <= v < 1.0)
random.seed(None)
print(0 <= random.randrange(10) < 10)
print(0.0 <= random.Random().random() < 1.0)
