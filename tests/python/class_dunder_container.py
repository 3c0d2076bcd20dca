# Container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__
class Grid:
    def __init__(self, w, h, fill=0):
        self.w, self.h = w, h
        self.cells = [fill] * (w * h)
    def __len__(self):
        return len(self.cells)
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell out of range: " + str(pos))
        return self.cells[y * self.w + x]
    def __setitem__(self, pos, v):
        x, y = pos
        self.cells[y * self.w + x] = v
    def __contains__(self, v):
        return v in self.cells
    def __iter__(self):
        for y in range(self.h):
            yield [self.cells[y * self.w + x] for x in range(self.w)]
g = Grid(3, 2)
g[0, 0] = 5
g[2, 1] = 7
g[1, 1] += 3
print(len(g), g[0, 0], g[2, 1], g[1, 1], 7 in g, 9 in g)
for row in g:
    print(row)
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
class OldSeq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(OldSeq()), 9 in OldSeq(), 5 in OldSeq())
for v in OldSeq():
    print("old-style iter", v)
class Registry:
    def __init__(self):
        self._d = {}
    def __setitem__(self, k, v):
        print("set", k)
        self._d[k] = v
    def __getitem__(self, k):
        return self._d[k]
    def __delitem__(self, k):
        print("del", k)
        del self._d[k]
    def __len__(self):
        return len(self._d)
    def __bool__(self):
        return bool(self._d)
    def __iter__(self):
        return iter(sorted(self._d))
r = Registry()
print(bool(r))
r["b"] = 2
r["a"] = 1
print(len(r), list(r), r["a"], bool(r))
del r["b"]
print(list(r))
try:
    r["zz"]
except KeyError as e:
    print("KeyError:", e)
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.start + 1))
cd = Countdown(4)
print(list(cd), list(cd), list(reversed(cd)), sum(cd), sorted(cd))
a, b, *rest = Countdown(5)
print(a, b, rest)
print(dict(zip(Countdown(3), "abc")), max(Countdown(6)))
