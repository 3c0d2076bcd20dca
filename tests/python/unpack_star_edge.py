# Edge cases of starred assignment and unpacking
*a, = []
print(a)
*a, b = [1]
print(a, b)
a, *b = "x"
print(a, b)
a, *b, c = range(2)
print(a, b, c)
a, *b, c = range(6)
print(a, b, c, type(b).__name__)
(a, b), *rest = [(1, 2), (3, 4), (5, 6)]
print(a, b, rest)
[*a] = (1, 2)
print(a)
a, (b, *c) = 1, [2, 3, 4]
print(a, b, c)
first, *_, last = "abcdefg"
print(first, _, last)
for a, *b in ["ab", "cde", "f"]:
    print(a, b)
print([(x, y) for x, *y in [(1, 2, 3), (4,)]])
t = 1, *[2, 3], 4
print(t)
l = [*range(3), *"ab", *{"k": 1}, *(x for x in [9])]
print(l)
d = {**{"a": 1}, "b": 2, **{"a": 3}}
print(d)
s = {*"aab", *[1, 1]}
print(sorted(s, key=str))
def f(*args):
    return args
print(f(*[], *()), f(*[1], 2, *[3, 4]), f(*"ab", *b"c"))
try:
    a, *b, c, d = [1, 2]
except ValueError as e:
    print("ValueError:", e)
x = y = [1, 2]
x, y = y, x
print(x is y)
m = [1, 2, 3]
i = 0
i, m[i] = 1, "X"
print(i, m)
