import typing
from typing import *
print(List, Dict, Callable, Tuple, Type, Iterable, Union[int, 'Foo'], List['Foo'], List[T] if False else List[TypeVar('T')])
class P(Protocol):
    x: int
try: P()
except TypeError as e: print(e)
class Impl(P):
    def __init__(self): self.x = 1
print(Impl().x)
from typing import IO, TextIO, BinaryIO
print(IO, TextIO.__mro__[1].__name__, issubclass(BinaryIO, IO))
print(typing.Callable[[int], str] == Callable[[int], str], Callable[[int], str] != Callable[[str], str])
def f(x: 'Optional[int]', y: Dict[str, 'int']) -> None: pass
hf = get_type_hints(f)
print(hf['x'].__args__, hf['y'], hf['return'])
T = TypeVar("T")
class Node(Generic[T]):
    def __init__(self, v: T, nxt: 'Optional[Node[T]]' = None):
        self.v, self.nxt = v, nxt
hn = get_type_hints(Node.__init__)
print(sorted(hn), hn['v'], hn['nxt'].__args__[0].__origin__, hn['nxt'].__args__[0].__args__)
print(Union[int, str, int].__args__, Union[List[int], List[int]])
print(isinstance(None, type(None)), Optional[None] if False else 0)
print(typing.TypedDict.__name__)
class E(NamedTuple):
    a: int
print(E(1)._asdict(), E.__name__, E.__module__)
print(Literal['a'] == Literal['a'], Final)
