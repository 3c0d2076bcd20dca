# Starred unpacking in calls and displays (PEP 448)
a = [1, 2]
b = (3, 4)
s = {5}
d1 = {"x": 1}
d2 = {"y": 2, "x": 10}
print([*a, *b], (*a, 0), {*a, *s}, [*"hi", *range(2)])
print({**d1, **d2}, {**d2, **d1}, {"z": 0, **d1, "x": 99})
print([*a, *a], (*[],), [*()], {*()}, {**{}})
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*a, *b), f(*a, 5, *b), f(**d1, **{"q": 3}), f(*"ab", **{"k": "v"}))
print(*a, *b, sep=", ")
print(*[x * x for x in range(4)])
print(*"spaced")
nested = [[1, 2], [3], []]
print([*nested[0], *nested[1], *nested[2]])
merged = [x for sub in nested for x in sub]
print(merged)
t = *a, *b
print(t, type(t).__name__)
print(max(*a, *b), min(*b, 100), sum([*a, *b]))
def kwonly(*, p, q):
    return p - q
params = {"p": 10, "q": 3}
print(kwonly(**params))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
r = range(3)
print([*r, *reversed(r)], {*r} == set(r))
gen = (i * 2 for i in range(3))
print([*gen], [*gen])
print(dict(**d1, w=5), dict(d1, **d2))
def show(a, b, c=0, *rest, **kw):
    return a, b, c, rest, sorted(kw)
print(show(*[1, 2]), show(*[1, 2, 3, 4, 5]), show(1, *[2], c=3, **{"e": 4}))
first, second, *others = sorted({*"cabbage"})
print(first, second, others)
