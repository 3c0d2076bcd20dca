# types.SimpleNamespace
from types import SimpleNamespace

ns = SimpleNamespace(a=1, b='two')
print(ns)
print(ns.a, ns.b)
ns.c = [1, 2]
print(ns)
del ns.a
print(ns)
print(vars(ns))
print(ns == SimpleNamespace(b='two', c=[1, 2]))
print(ns == SimpleNamespace(b='two'))
print(ns != SimpleNamespace())
print(SimpleNamespace())
print(repr(SimpleNamespace(x=SimpleNamespace(y=1))))
try:
    hash(ns)
except TypeError:
    print('TypeError')
try:
    ns.missing
except AttributeError:
    print('AttributeError')


class Point(SimpleNamespace):
    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(x=3, y=-4)
print(p, p.norm1())
print(isinstance(p, SimpleNamespace))
rec = SimpleNamespace(n=1)
rec.self = rec
print(rec)
d = {'k': 5, 'v': 'x'}
print(SimpleNamespace(**d))
print(sorted(SimpleNamespace(z=1, a=2).__dict__))
