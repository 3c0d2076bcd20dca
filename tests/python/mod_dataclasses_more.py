# dataclasses: field options, __post_init__, InitVar, replace, astuple, inheritance
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar
from typing import List, ClassVar


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    secret: str = field(default='s', repr=False, compare=False)
    count: ClassVar[int] = 0

    def __post_init__(self):
        Item.count += 1


a = Item('apple', 1.5)
b = Item('apple', 1.5, secret='other')
print(a, a == b, Item.count, a.tags is not Item('x').tags)
print([f.name for f in fields(Item)], fields(Item)[0].default is dataclasses.MISSING, fields(Item)[1].default)
print(asdict(a), astuple(a))
c = replace(a, price=2.0)
print(c, c is not a)
try:
    replace(a, nope=1)
except TypeError:
    print('TypeError')


@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 1
    y: int = field(init=False)

    def __post_init__(self, scale):
        self.y = self.x * scale


w = WithInit(3, 10)
print(w, [f.name for f in fields(w)])


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


vs = sorted([Version(1, 2), Version(0, 9), Version(1, 0)])
print(vs, Version(1) < Version(1, 1), hash(Version(1)) == hash(Version(1)))
try:
    vs[0].major = 5
except dataclasses.FrozenInstanceError as e:
    print('FrozenInstanceError', e)


@dataclass
class Base:
    a: int
    b: str = 'b'


@dataclass
class Child(Base):
    c: float = 1.0
    a: int = 99


print(Child(), Child(1, 'x', 2.5), [f.name for f in fields(Child)])


@dataclass(eq=False)
class NoEq:
    v: int


print(NoEq(1) == NoEq(1), NoEq(1).__eq__ is not None)


@dataclass(repr=False)
class NoRepr:
    v: int


print(repr(NoRepr(1)).startswith('<'), dataclasses.is_dataclass(NoRepr), dataclasses.is_dataclass(NoRepr(1)), dataclasses.is_dataclass(int))


@dataclass
class Nested:
    items: List[Item]
    meta: dict


n = Nested([Item('a'), Item('b', 2)], {'k': (1, 2)})
print(asdict(n))
print(astuple(n))
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass
    class Mutable:
        x: list = []
except ValueError as e:
    print('ValueError', e)
P = dataclasses.make_dataclass('P', ['x', ('y', int), ('z', int, field(default=5))])
print(P(1, 2), P.__name__, [f.name for f in fields(P)])
print(field(default=1).default, dataclasses.MISSING is not None)
