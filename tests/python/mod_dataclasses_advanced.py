from dataclasses import (dataclass, field, fields, asdict, astuple, replace,
                         InitVar, make_dataclass)
from collections import namedtuple, OrderedDict


@dataclass
class Base:
    x: int = 1
    y: int = 2


@dataclass
class Derived(Base):
    z: int = 3
    x: int = 10


print(Derived(), [f.name for f in fields(Derived)], Derived(1, 2, 3))
print(isinstance(Derived(), Base), Derived() == Base(10, 2))


@dataclass
class WithPost:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)

    def __post_init__(self, scale):
        self.b = self.a * scale


w = WithPost(3)
print(w, WithPost(3, 10).b, [f.name for f in fields(w)])
print(replace(w, a=5))


@dataclass
class Computed:
    first: str
    last: str
    full: str = field(init=False, repr=False)

    def __post_init__(self):
        self.full = self.first + ' ' + self.last


c = Computed('Ada', 'Lovelace')
print(c, c.full)


@dataclass
class Pt:
    x: int
    y: int


@dataclass
class Nested:
    p: Pt
    ps: list
    d: dict
    nt: tuple


NT = namedtuple('NT', 'a b')
n = Nested(Pt(1, 2), [Pt(3, 4)], {'k': Pt(5, 6)}, NT(Pt(0, 0), 1))
print(asdict(n))
print(astuple(n))
d = asdict(n)
d['ps'].append(1)
print(len(n.ps), asdict(Pt(1, 2), dict_factory=OrderedDict))
print(astuple(Pt(7, 8), tuple_factory=list))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print('ValueError:', e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print('ValueError:', e)
try:
    asdict(3)
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass(order=True)
    class O:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print('TypeError:', e)

C = make_dataclass('C', [('x', int), ('y', int, field(default=5))])
print(C(1), fields(C)[1].default, C(1) == C(1, 5))


@dataclass(frozen=True)
class FBase:
    a: int


try:
    @dataclass
    class NotFrozen(FBase):
        b: int
except TypeError as e:
    print('TypeError:', e)


@dataclass(frozen=True)
class FChild(FBase):
    b: int = 0


print(FChild(1), hash(FChild(1, 2)) == hash((1, 2)))


class Plain:
    pass


@dataclass
class Mixed(Plain):
    v: int = 0
    tags: list = field(default_factory=lambda: ['t'])


m1, m2 = Mixed(), Mixed()
m1.tags.append('u')
print(m1, m2)


@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))
print(tree)
print([f.name for f in fields(Node)], fields(Node)[1].default_factory is list)
