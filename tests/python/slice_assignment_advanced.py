# Extended slicing semantics on lists, strings and tuples
a = list(range(12))
print(a[1:10:2], a[10:1:-2], a[-1:-12:-3], a[::4], a[3::-1], a[:3:-1])
print(a[-3:-1], a[-1:-3], a[5:100:3], a[-100:100:5])
b = a[:]
b[1::3] = ["x"] * 4
print(b)
c = a[:]
c[::-1] = a
print(c)
d = a[:]
del d[1::2]
print(d)
e = a[:]
del e[::-3]
print(e)
f = list("abcdef")
f[1:4] = []
print(f)
f[1:1] = "XYZ"
print(f)
f[:] = f[::-1]
print(f)
g = [1, 2, 3]
g[5:10] = [9]
print(g)
g[-10:1] = ["start"]
print(g)
t = tuple(range(8))
print(t[::2], t[::-3], t[2:5], t[5:2], t[-2:])
s = "0123456789"
print(s[::2] + s[1::2], s[-1::-2], s[2:8:3], s[8:2:-3])
for start, stop, step in [(None, None, 2), (1, None, 3), (None, -1, None), (-2, None, -1), (None, None, -5)]:
    sl = slice(start, stop, step)
    print(sl, a[sl], s[sl], sl.indices(len(a)))
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[::-1] for row in m], m[::-1], [row[1:] for row in m[1:]])
