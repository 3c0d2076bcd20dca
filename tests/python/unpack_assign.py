# Unpacking in assignments (incl. starred and nested)
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
head, *mid, tail = "abcdef"
print(head, mid, tail)
p, *q = [9]
print(p, q)
(a, b), c = [1, 2], 3
print(a, b, c)
[a, [b, c]], d = (("A", ("B", "C")), "D")
print(a, b, c, d)
for i, (k, v) in enumerate({"one": 1, "two": 2}.items()):
    print(i, k, v)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
m = n = o = [0]
m.append(1)
print(m, n, o, m is o)
i = j = 5
i += 1
print(i, j)
lst = [0, 0, 0]
idx = 0
idx, lst[idx] = 2, "set"
print(idx, lst)
dd = {}
dd["a"], dd["b"] = "x", "y"
print(dd)
class O:
    pass
obj = O()
obj.u, obj.v = 10, 20
print(obj.u, obj.v)
s = [1, 2, 3, 4, 5]
s[0], s[-1] = s[-1], s[0]
print(s)
s[1:3], t = [7, 8, 9], "t"
print(s, t)
*a, = "hey"
print(a)
(a, *b), c = "ab", "c"
print(a, b, c)
key, val = "k=v".split("=")
print(key, val)
a, b, c = (n * n for n in range(3))
print(a, b, c)
a, b = {"x": 1, "y": 2}
print(a, b)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
