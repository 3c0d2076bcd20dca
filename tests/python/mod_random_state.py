# getstate / setstate.
import random

r = random.Random(42)
st = r.getstate()
print(type(st).__name__, len(st), st[0], len(st[1]), st[1][-1], st[2])
print(st[1][:4])
a = [r.random() for _ in range(5)]
r.setstate(st)
print(a == [r.random() for _ in range(5)])

# The state carries gauss's cached value.
r.seed(3)
r.gauss(0, 1)
st = r.getstate()
print(st[2])
x = r.gauss(0, 1)
y = r.gauss(0, 1)
r.setstate(st)
print(x == r.gauss(0, 1), y == r.gauss(0, 1))

# The index advances with each 32-bit output and wraps after 624.
r = random.Random(0)
r.random()
print(r.getstate()[1][-1])
for _ in range(400):
    r.random()
print(r.getstate()[1][-1])

# Module-level state round trip.
random.seed(2020)
s = random.getstate()
u = [random.randint(0, 10**6) for _ in range(8)]
random.setstate(s)
print(u == [random.randint(0, 10**6) for _ in range(8)], u)

# A state moves between instances.
p = random.Random(11)
q = random.Random(99)
q.setstate(p.getstate())
print(p.random() == q.random(), p.getrandbits(77) == q.getrandbits(77))

# Version 2 states accept words of any size (taken modulo 2**32).
r = random.Random(8)
v, internal, g = r.getstate()
big = tuple(w + 2**32 * 5 for w in internal[:-1]) + (internal[-1],)
r2 = random.Random()
r2.setstate((2, big, None))
print(r2.random() == r.random())

# Errors.
for bad in [(1, internal, None), (4, internal, None)]:
    try:
        r.setstate(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    r.setstate((3, internal[:-1], None))
except ValueError as e:
    print("ValueError:", e)
try:
    r.setstate((3, list(internal), None))
except TypeError as e:
    print("TypeError:", e)
try:
    r.setstate((3, internal[:-1] + (625,), None))
except ValueError as e:
    print("ValueError:", e)
try:
    r.setstate((3, internal[:-1] + (-1,), None))
except ValueError as e:
    print("ValueError:", e)
try:
    r.setstate((3, (-1,) + internal[1:], None))
except OverflowError as e:
    print("OverflowError:", e)
# A failed setstate leaves the generator as it was.
r.seed(4)
before = r.getstate()
try:
    r.setstate((3, internal[:-1] + (700,), None))
except ValueError:
    pass
print(r.getstate() == before)
r.setstate((3, internal[:-1] + (624,), None))
print(r.random())
