# Iterator classes: __iter__/__next__, reuse, iterables vs iterators
class Range2:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step
    def __iter__(self):
        return Range2Iter(self)
class Range2Iter:
    def __init__(self, r):
        self.cur = r.start
        self.r = r
    def __iter__(self):
        return self
    def __next__(self):
        if (self.r.step > 0 and self.cur >= self.r.stop) or (self.r.step < 0 and self.cur <= self.r.stop):
            raise StopIteration
        v = self.cur
        self.cur += self.r.step
        return v
r = Range2(0, 10, 3)
print(list(r), list(r), sum(r), [x * y for x in Range2(1, 3) for y in Range2(5, 3, -1)])
it = iter(r)
print(next(it), next(it), list(it), list(it))
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print(list(Fib(100)), 21 in Fib(100), 22 in Fib(100), max(Fib(1000)))
class Cycle:
    def __init__(self, items, times):
        self.items, self.times = items, times
    def __iter__(self):
        for _ in range(self.times):
            for x in self.items:
                yield x
print(list(Cycle("ab", 3)), list(zip(Cycle([1, 2], 2), "wxyz")))
class Peekable:
    _sentinel = object()
    def __init__(self, it):
        self.it = iter(it)
        self.buf = self._sentinel
    def peek(self, default=None):
        if self.buf is self._sentinel:
            self.buf = next(self.it, self._sentinel)
        return default if self.buf is self._sentinel else self.buf
    def __iter__(self):
        return self
    def __next__(self):
        if self.buf is not self._sentinel:
            v, self.buf = self.buf, self._sentinel
            return v
        return next(self.it)
p = Peekable([1, 2, 3])
print(p.peek(), p.peek(), next(p), p.peek(), list(p), p.peek("end"))
class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6, Tree(7))))
print(list(t), sum(t), len(list(t)))
a, b, *rest = t
print(a, b, rest)
print(dict(zip(Tree("k1", Tree("k2")), Range2(10, 12))), sorted(t, reverse=True)[:3])
class Countdown:
    def __init__(self, n):
        self.n = n
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
    def __iter__(self):
        return self
c = Countdown(3)
for x in c:
    print("countdown", x)
print(list(c), next(c, "exhausted"))
