# Generator expressions: laziness, single use, scoping
log = []
def noisy(x):
    log.append(x)
    return x * 10
g = (noisy(x) for x in range(5))
print(log)
print(next(g), log)
print(next(g), log)
print(list(g), log)
print(list(g))
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]), min((x for x in [5, 2, 8])))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
print(sorted(x % 3 for x in range(10)), tuple(c for c in "hey"), "".join(c * 2 for c in "ab"))
gen = (x for x in range(3))
print(type(gen).__name__, iter(gen) is gen)
def first_match(pred, seq):
    return next((x for x in seq if pred(x)), None)
print(first_match(lambda x: x > 10, [1, 20, 30]), first_match(lambda x: x > 100, [1, 2]))
evaluated = []
def src():
    evaluated.append("src")
    return range(3)
ge = (i for i in src())
print(evaluated)
print(list(ge))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
lines = ["# comment", "data 1", "", "data 2", "# other"]
stripped = (l.strip() for l in lines)
nonempty = (l for l in stripped if l)
data = (l for l in nonempty if not l.startswith("#"))
print(list(data))
big_sum = sum(i for i in range(100000) if i % 7 == 0)
print(big_sum)
print(dict((x, x * x) for x in range(4)), set(c for c in "aab") == {"a", "b"})
pairs = list(zip((i for i in range(3)), (c for c in "xyz")))
print(pairs)
it = (n * n for n in [1, 2, 3])
print(3 in it, list(it))
