from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
print(Point(x=3, y=4), Point(5, y=6))
print(p == (1, 2), p + (3,), p * 2, isinstance(p, tuple), hash(p) == hash((1, 2)))
x, y = p
print(x, y, p.count(1), p.index(2), p[::-1])
print(Point._fields, Point._field_defaults, Point.__name__, Point.__doc__)
print(p._asdict(), type(p._asdict()).__name__)
print(p._replace(x=10), p)
print(Point._make([7, 8]), Point._make(iter('ab')))
print(Point.x.__doc__, Point.y.__doc__)
print(Point.__new__.__doc__)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point._make([1]),
            lambda: p._replace(z=1), lambda: setattr(p, 'x', 5)]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__)
try:
    Point._make([1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
try:
    p._replace(q=1, r=2)
except ValueError as e:
    print("ValueError:", e)

P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[20, 30])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3.__new__.__defaults__)
P4 = namedtuple('P4', 'a, b,c')
print(P4._fields, P4(*'xyz'))
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '1y'], rename=True)
print(R._fields)
E = namedtuple('E', '')
print(E(), E._fields, len(E()))
for args in [('1bad', 'x'), ('Good', 'class'), ('Good', 'x x'), ('Good', '_x'),
             ('Good', 'x-y'), ('def', 'x')]:
    try:
        namedtuple(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    namedtuple('T', 'a', defaults=[1, 2])
except TypeError as e:
    print("TypeError:", e)
M = namedtuple('M', 'a', module='mymod')
print(M.__module__)

class Point3(namedtuple('Point3', 'x y z')):
    __slots__ = ()
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
    def __str__(self):
        return 'P3<%d,%d,%d>' % self
q = Point3(1, -2, 3)
print(q, repr(q), q.norm1, q._replace(z=0), type(q._replace(z=0)).__name__)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(dict(zip(Point._fields, (9, 8))))
Single = namedtuple('Single', 'only')
print(Single(1), Single._make([2]))
print(p.__getnewargs__(), Point(*[1, [2]]))
