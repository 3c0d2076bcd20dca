# list slicing, slice assignment and deletion
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::2], a[::-1], a[-3:], a[1:-1:3], a[8:2:-2])
b = a[:]
b[2:5] = ["x", "y"]
print(b)
b[1:1] = [100, 200, 300]
print(b)
b[:2] = []
print(b)
b[-1:] = ["end", "end2"]
print(b)
c = list(range(10))
c[::2] = ["e"] * 5
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
d = list(range(10))
del d[::3]
print(d)
del d[1:3]
print(d)
del d[-1]
print(d)
del d[:]
print(d, len(d))
e = [1, 2, 3]
e[len(e):] = [4, 5]
print(e)
e[:0] = [-1, 0]
print(e)
e[2:4] = range(10, 13)
print(e)
e[1:4] = "ab"
print(e)
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m)
bad = [[0] * 3] * 3
bad[1][1] = 5
print(bad)
print(a[100:], a[-100:2], a[5:5], a[slice(1, 9, 3)])
f = list(range(6))
f[1:5:2] = ["odd1", "odd3"]
print(f)
g = list("abcdef")
g[::-1] = g
print(g)
