from dataclasses import (dataclass, field, fields, asdict, astuple, replace,
                         is_dataclass, FrozenInstanceError, MISSING)
from typing import ClassVar, List, Dict


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 2), p == (1, 2))
print([f.name for f in fields(p)], [f.type for f in fields(p)])
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(asdict(p), astuple(p), replace(p, y=5), p)
print(Point.__hash__, Point(x=4, y=5))
print(MISSING is fields(Point)[0].default, fields(Point)[1].default)
try:
    Point(1, 2, 3)
except TypeError:
    print('TypeError extra arg')


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()


v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, v1 >= v2, v1 <= v1, v2 > v1, sorted([v2, v1]))
print(hash(v1) == hash(Version(1, 2)), {v1: 'a'}[Version(1, 2)])
try:
    v1.major = 3
except FrozenInstanceError as e:
    print('frozen', e, isinstance(e, AttributeError))
try:
    del v1.minor
except FrozenInstanceError as e:
    print('frozen', e)
try:
    v1 < 3
except TypeError:
    print('TypeError compare')


@dataclass
class Inv:
    name: str
    items: List[int] = field(default_factory=list)
    secret: str = field(default='s', repr=False, compare=False)
    count: ClassVar[int] = 0
    meta: Dict[str, int] = field(default_factory=dict, metadata={'doc': 'm'})

    def total(self):
        return sum(self.items)


a = Inv('a')
b = Inv('b')
a.items.append(3)
print(a, b, a.total(), Inv.count, [f.name for f in fields(Inv)])
print(Inv('x', secret='1') == Inv('x', secret='2'), fields(Inv)[3].metadata['doc'])
print(Inv.secret, hasattr(Inv, 'items'))


@dataclass(unsafe_hash=True)
class H:
    a: int
    b: int = field(hash=False)


print(hash(H(1, 2)) == hash(H(1, 3)), H(1, 2) == H(1, 3))


@dataclass(eq=False)
class NoEq:
    a: int


print(NoEq(1) == NoEq(1), NoEq(1).__hash__ is not None)


@dataclass(repr=False, init=False)
class Plain:
    a: int = 4


print(Plain().a, 'object at' in repr(Plain()))


class Outer:
    @dataclass
    class Inner:
        v: int


print(Outer.Inner(1))


@dataclass
class Rec:
    me: object = None


r = Rec()
r.me = r
print(r)


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return 'custom!'

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == Custom(2))
