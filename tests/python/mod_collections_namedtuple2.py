# collections.namedtuple: _make, _asdict, _replace, _fields, defaults, rename
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, Point._fields)
print(Point._make([3, 4]), p._asdict(), type(p._asdict()).__name__)
print(p._replace(x=10), p)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError', e)
Color = namedtuple('Color', 'red green blue', defaults=[0, 255])
print(Color(1), Color(1, 2), Color(1, 2, 3), Color._field_defaults)
try:
    Color()
except TypeError:
    print('TypeError')
R = namedtuple('R', ['a', 'def', 'a', '_x', '2'], rename=True)
print(R._fields)
for bad in [['a', 'a'], ['class'], ['_under'], ['1x']]:
    try:
        namedtuple('Bad', bad)
    except ValueError as e:
        print('ValueError', e)
P3 = namedtuple('P3', 'x, y, z')
q = P3(*range(3))
print(q, tuple(q), list(q), len(q), q + (9,), q[::-1])
x, y, z = q
print(x, y, z, q.index(2), q.count(1), 2 in q)
print(P3.x.__doc__, P3.__doc__)
print(hash(q) == hash((0, 1, 2)), q == (0, 1, 2), q < P3(0, 1, 3))


class Pt(namedtuple('Pt', 'x y')):
    __slots__ = ()

    @property
    def hypot(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self):
        return 'Pt: x=%6.3f  y=%6.3f  hypot=%6.3f' % (self.x, self.y, self.hypot)


print(Pt(3, 4), Pt(3, 4).hypot, repr(Pt(3, 4)))
Emp = namedtuple('Emp', 'name, age', module='mymod')
print(Emp.__module__, Emp('a', 1))
print(Point(**{'x': 5, 'y': 6}), Point._make(iter('ab')))
try:
    Point._make([1])
except TypeError as e:
    print('TypeError', e)
try:
    p.x = 5
except AttributeError:
    print('AttributeError')
import copy
print(copy.copy(p), copy.deepcopy(Color(1)))
print(namedtuple('Empty', [])(), namedtuple('E2', '')._fields)
