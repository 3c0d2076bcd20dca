from typing import (Generic, TypeVar, List, Dict, Iterable, Protocol,
                    runtime_checkable, NamedTuple, TypedDict, SupportsInt,
                    SupportsFloat, Optional, Sequence, Mapping)

T = TypeVar('T')
S = TypeVar('S', bound=int)
U = TypeVar('U', int, str, covariant=True)
K = TypeVar('K')
V = TypeVar('V')
print(T, S.__bound__, U, U.__constraints__, T.__name__, U.__covariant__, T.__bound__)
print(TypeVar('C', contravariant=True), T.__module__)
try:
    TypeVar('X', int)
except TypeError as e:
    print('TypeError:', e)


class Box(Generic[T]):
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


b = Box[int](3)
print(b.v, b.get(), Box[int].__origin__ is Box, Box[int].__args__, Box.__parameters__)
print(b.__orig_class__.__args__, type(b) is Box, Box(4).get())
print(Box[int] == Box[int], Box[int] == Box[str], Box[int].__parameters__)


class Pair(Generic[K, V]):
    def __init__(self, k, v):
        self.k, self.v = k, v


print(Pair.__parameters__, Pair[int, bool].__args__, Pair[str, int]('a', 1).k)
print(Pair[K, int].__parameters__, Pair[K, int][str].__args__)
try:
    Pair[int]
except TypeError as e:
    print('TypeError too few')
try:
    Box[int][str]
except TypeError:
    print('TypeError resubscript')


class IntBox(Box[int]):
    pass


print(IntBox.__parameters__, IntBox(5).v, IntBox.__mro__[1] is Box, issubclass(IntBox, Generic))


class MyList(List[T]):
    def first(self):
        return self[0]


print(MyList.__parameters__, MyList([1, 2]), isinstance(MyList(), list), MyList([7]).first())


class MyMap(Dict[str, V], Generic[V]):
    pass


print(MyMap.__parameters__, MyMap(a=1))


class Store(Box[T]):
    pass


print(Store.__parameters__)
try:
    class Bad(Generic[T], Generic[K]):
        pass
except TypeError:
    print('TypeError double Generic')


@runtime_checkable
class Closable(Protocol):
    def close(self):
        ...


class F:
    def close(self):
        pass


class G:
    pass


print(isinstance(F(), Closable), isinstance(3, Closable), issubclass(F, Closable), issubclass(G, Closable))


class P(Protocol):
    def meth(self):
        ...


try:
    isinstance(F(), P)
except TypeError as e:
    print('TypeError:', e)


@runtime_checkable
class HasName(Protocol):
    name: str


class Named:
    def __init__(self):
        self.name = 'n'


print(isinstance(Named(), HasName), isinstance(G(), HasName))


class Impl(Closable):
    pass


print(isinstance(Impl(), Closable), Impl().close())
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(2.5, SupportsFloat))


class Emp(NamedTuple):
    name: str
    id: int = 3

    def desc(self):
        return self.name + str(self.id)


e = Emp('a')
print(e, e.id, e.desc(), Emp._fields, Emp._field_defaults, Emp.__annotations__)
print(Emp('b', 4), e._replace(id=9), e._asdict(), isinstance(e, tuple), e == ('a', 3))
E2 = NamedTuple('E2', [('x', int), ('y', str)])
print(E2(1, 'b'), E2._fields, E2(x=2, y='c').y)
E3 = NamedTuple('E3', a=int, b=float)
print(E3(1, 2.0), E3._fields)
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: str
except TypeError as e:
    print('TypeError non-default')


class Movie(TypedDict):
    name: str
    year: int


class MovieX(Movie, total=False):
    rating: float


m = Movie(name='x', year=1)
print(m, type(m), Movie.__annotations__, Movie.__total__)
print(MovieX(name='y', year=2, rating=1.5), sorted(MovieX.__annotations__.items()), MovieX.__total__)
M2 = TypedDict('M2', {'a': int}, total=False)
print(M2(a=1), M2.__total__, M2.__annotations__)
