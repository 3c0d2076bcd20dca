# The real-valued distributions under a fixed seed.
import random

random.seed(42)
print([random.gauss(0, 1) for _ in range(6)])
print([random.gauss(10, 2.5) for _ in range(3)])

# gauss keeps its second value; reseeding drops it.
r = random.Random(1)
g1 = r.gauss(0, 1)
r.seed(1)
print(g1 == r.gauss(0, 1), r.gauss_next is not None)
r.gauss(0, 1)
print(r.gauss_next)

r = random.Random(2)
print([r.normalvariate(0, 1) for _ in range(5)])
print([r.lognormvariate(0, 0.5) for _ in range(3)])
print([r.expovariate(1.5) for _ in range(5)])
print([r.uniform(1, 10) for _ in range(3)], r.uniform(5, -5), r.uniform(2, 2))
print([r.triangular() for _ in range(3)])
print([r.triangular(0, 10, 8) for _ in range(3)])
print(r.triangular(3, 3, 3), r.triangular(5, 1))
print([r.betavariate(2, 3) for _ in range(3)])
print([r.betavariate(0.5, 0.5) for _ in range(3)])
print([r.gammavariate(0.5, 2) for _ in range(3)])
print([r.gammavariate(2.5, 1) for _ in range(3)])
print([r.gammavariate(1.0, 2) for _ in range(3)])
print([r.gammavariate(9, 0.5) for _ in range(3)])
print([r.vonmisesvariate(0, 4) for _ in range(3)])
print([r.vonmisesvariate(1.0, 1e-7) for _ in range(2)])
print([r.vonmisesvariate(3.0, 0.5) for _ in range(3)])
# Rounded: u ** (1/3) differs in the last bit between libms.
print([round(r.paretovariate(3), 12) for _ in range(3)])
print([r.weibullvariate(1, 1.5) for _ in range(3)])
print(r.random())

# Means of many draws.
r = random.Random(10)
n = 2000
print(sum(r.gauss(5, 2) for _ in range(n)) / n)
print(sum(r.expovariate(2) for _ in range(n)) / n)
print(sum(r.normalvariate(-1, 1) for _ in range(n)) / n)
print(sum(r.gammavariate(3, 2) for _ in range(n)) / n)
print(sum(r.betavariate(2, 5) for _ in range(n)) / n)

# Module-level functions.
random.seed(123)
print(random.gauss(0, 1), random.normalvariate(0, 1), random.expovariate(1),
      random.uniform(0, 1), random.triangular(0, 1, 0.2), random.betavariate(1, 2),
      random.lognormvariate(0, 1), random.vonmisesvariate(0, 1),
      random.gammavariate(1.5, 1), random.paretovariate(1), random.weibullvariate(2, 3))
