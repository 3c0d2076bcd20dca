# randint, randrange, choice, getrandbits under a fixed seed.
import random

random.seed(42)
print([random.randint(1, 10) for _ in range(20)])
print([random.randint(-5, 5) for _ in range(20)])
print([random.randrange(10) for _ in range(20)])
print([random.randrange(3, 30, 3) for _ in range(10)])
print([random.randrange(100, 0, -7) for _ in range(10)])
print([random.randrange(-10, -1) for _ in range(10)])
print(random.randrange(2**100), random.randint(-2**70, 2**70))
print(random.randrange(1), random.randint(5, 5))
print([random.randrange(1, 2**33, 2) for _ in range(3)])

# choice over several sequence types.
print([random.choice([1, 2, 3, 4, 5]) for _ in range(10)])
print("".join(random.choice("abcdefghij") for _ in range(20)))
print([random.choice(range(1000)) for _ in range(5)])
print(random.choice((None, True, "x")), random.choice(b"xyz"))

# Module functions share one hidden instance.
random.seed(1)
a = [random.randint(0, 100) for _ in range(5)]
r = random.Random(1)
print(a == [r.randint(0, 100) for _ in range(5)], a)

# Powers of two: k = n.bit_length() means half the draws are rejected.
r = random.Random(3)
print([r.randrange(256) for _ in range(10)])
print([r.randrange(257) for _ in range(10)])
print([r.getrandbits(8) for _ in range(10)])

# A dice histogram over many rolls.
r = random.Random(12345)
counts = [0] * 6
for _ in range(6000):
    counts[r.randint(1, 6) - 1] += 1
print(counts)
