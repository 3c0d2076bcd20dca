# Integer seeds: the key is the absolute value split into 32-bit words.
import random

random.seed(42)
print([random.random() for _ in range(5)])

for s in [0, 1, 2, 42, -42, 12345, 2**31 - 1, 2**32 - 1, 2**32, 2**32 + 1,
          -(2**32), 2**64 - 1, 2**64, 10**30, -(10**30), 2**200 + 12345,
          3**500, True, False]:
    random.seed(s)
    print(s if abs(s) < 10**40 else "big", random.random(), random.random(),
          random.getrandbits(32))

# Seeding resets to the same sequence; instances are independent.
a = random.Random(7)
b = random.Random(7)
print(a.random() == b.random(), a.random(), b.random())
a.random()
print(a.random() == b.random())

# seed(x) equals seed(-x) equals Random(x).
random.seed(99)
x = random.random()
random.seed(-99)
y = random.random()
print(x == y, x == random.Random(99).random())

# getrandbits composes 32-bit words, low word first.
r = random.Random(2024)
for k in [1, 2, 7, 31, 32, 33, 63, 64, 65, 100, 128, 250, 1000]:
    print(k, r.getrandbits(k))

# A long run crosses several regenerations of the 624-word state.
r = random.Random(5)
total = 0.0
for i in range(3000):
    total += r.random()
print(total, r.random())
print(sum(r.getrandbits(32) for _ in range(2000)))

# Float seeds hash to ints: integral floats seed as their int.
random.seed(3.0)
p = random.random()
random.seed(3)
print(p == random.random())
random.seed(1.5)
print(random.random())
random.seed(-2.25)
print(random.random())
