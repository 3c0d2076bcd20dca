# Subclassing Random (and the native _random.Random).
import random
import _random


class Seeded(random.Random):
    def __init__(self, x=None, tag="t"):
        super().__init__(x)
        self.tag = tag

    def describe(self):
        return "%s:%r" % (self.tag, self.random())


s = Seeded(42, tag="mine")
print(s.describe(), s.tag, isinstance(s, random.Random), isinstance(s, _random.Random))
print(s.randint(1, 100), random.Random(42).random())


# A subclass supplying its own random() (no getrandbits): integer
# choices then come from random() alone.
class Lcg(random.Random):
    def __init__(self, seed=1):
        self.state = seed
        super().__init__(seed)

    def seed(self, a=None, version=2):
        self.state = a or 1
        self.gauss_next = None

    def random(self):
        self.state = (self.state * 1103515245 + 12345) % 2**31
        return self.state / 2**31


g = Lcg(7)
print([g.randrange(10) for _ in range(10)])
print(g.choice("abcdef"), g.sample(range(20), 4))
x = list(range(8))
g.shuffle(x)
print(x, g.uniform(0, 1))
print(Lcg._randbelow is random.Random._randbelow_without_getrandbits)
print(random.Random._randbelow is random.Random._randbelow_with_getrandbits)


# A subclass with its own getrandbits.
class Counting(random.Random):
    calls = 0

    def getrandbits(self, k):
        Counting.calls += 1
        return super().getrandbits(k)


c = Counting(5)
print([c.randrange(1000) for _ in range(5)], Counting.calls > 0)
print(Counting._randbelow is random.Random._randbelow_with_getrandbits)


# A subclass of the native type directly.
class Raw(_random.Random):
    pass


raw = Raw()
raw.seed(42)
print(raw.random() == random.Random(42).random())
raw.seed(5)
print(raw.getrandbits(16), len(raw.getstate()))
raw.extra = 1
print(raw.extra)
n = _random.Random()
n.seed(42)
print(n.random(), n.getrandbits(40))
n.seed(42)
print(n.random())
n.seed("text")
n.seed((1, 2))
print(type(n.random()).__name__)

# SystemRandom: no state, values in range.
sr = random.SystemRandom()
print(0.0 <= sr.random() < 1.0, 0 <= sr.randrange(10) < 10, sr.getrandbits(5) < 32)
print(len(sr.sample(range(100), 5)), sr.seed(1))
try:
    sr.getstate()
except NotImplementedError as e:
    print("NotImplementedError:", e)
