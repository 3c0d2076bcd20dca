# typing: NamedTuple, TypedDict-free annotations, Generic, get_type_hints, cast, overload
import typing
from typing import (List, Dict, Optional, Union, Callable, TypeVar, Generic, NamedTuple,
                    Any, Tuple, cast, overload, Iterator, Sequence, Mapping)

T = TypeVar('T')
K = TypeVar('K', str, bytes)
B = TypeVar('B', bound=int)


class Employee(NamedTuple):
    name: str
    id: int = 3


e = Employee('guido')
print(e, e._fields, e._field_defaults if hasattr(e, '_field_defaults') else '', Employee.__annotations__)
print(e._replace(id=5), e._asdict(), isinstance(e, tuple))
Point = NamedTuple('Point', [('x', int), ('y', int)])
print(Point(1, 2), Point._fields)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, Stack.__parameters__, Stack[int].__origin__ is Stack, Stack[int].__args__)
print(T, K.__constraints__, B.__bound__, T.__name__)


def greet(name: str, times: int = 1) -> str:
    return ' '.join(['hi ' + name] * times)


print(typing.get_type_hints(greet))
print(cast(int, 'not really'), cast('List[int]', [1]))
print(List[int], Dict[str, int], Union[int, str], Callable[[int], str])
print(Tuple[int, ...], Union[int, None] == Optional[int], Union[int, int], Any)
print(List[int].__origin__, Dict[str, int].__args__, Optional[str].__args__)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double('ab'))
print(typing.TYPE_CHECKING, typing.get_origin(List[int]) if hasattr(typing, 'get_origin') else list)
print(typing.get_args(Dict[str, int]) if hasattr(typing, 'get_args') else (str, int))


def gen() -> Iterator[int]:
    yield 1


print(list(gen()), isinstance([], typing.Sequence) if False else 'skip')
print(typing.Optional[typing.List[int]] == typing.Union[typing.List[int], None])


class Proto(typing.Protocol):
    def meth(self) -> int: ...


class Impl:
    def meth(self) -> int:
        return 1


print(Impl().meth(), typing.Final, typing.ClassVar[int])
print(typing.NewType('UserId', int)(5), typing.NewType('UserId', int).__name__)
