import typing
from typing import (Any, Union, Optional, List, Dict, Set, FrozenSet, Tuple,
                    Type, Callable, Iterable, Iterator, Generator, Sequence,
                    Mapping, MutableMapping, TypeVar, ClassVar, Final, Literal,
                    cast, overload, no_type_check, get_type_hints,
                    TYPE_CHECKING, NewType, AnyStr, Text, NoReturn, Deque,
                    DefaultDict, Counter, ForwardRef)

print(List[int], Dict[str, int], Optional[int] == Union[int, None], Union[int, str])
print(Union[int, Union[str, int]], Union[int], Tuple[int, ...], Tuple[()])
print(Callable[[int], str], Callable[..., int], Callable[[], None])
print(List[int].__origin__, List[int].__args__, Dict[str, int].__args__)
print(Tuple[int, ...].__args__, Tuple[int, str].__args__)
print(Callable[[int, str], bool].__args__, Callable[[int], str].__origin__)
print(Optional[int].__args__, Union[int, str].__origin__ is Union)
print(Union[int, None].__args__, Optional[Union[int, str]].__args__)
print(Union[int, str] == Union[str, int], List[int] == List[int], List[int] == List[str])
print(hash(List[int]) == hash(List[int]), {Union[int, str]: 1}[Union[str, int]])
print(ClassVar[int], Final[int], Literal[1, 'a'], Literal[1, 2].__args__)
print(Type[int], Type[int].__origin__, Type[int].__args__)
print(Any, NoReturn, Text, AnyStr, AnyStr.__constraints__)
print(FrozenSet[int], Set[str], Iterator[int], Generator[int, None, None])
print(Mapping[str, int], MutableMapping[str, List[int]], Sequence[str])
print(List[Tuple[int, str]], Dict[str, List[Optional[int]]].__args__[1].__args__[0].__args__)
print(Deque[int], DefaultDict[str, int], Counter[str], Iterable[int].__origin__)
print(Generator[int, None, None].__origin__, Sequence[int].__origin__, Mapping[str, int].__origin__)
print(Set[int].__origin__, FrozenSet[int].__origin__, Tuple[int].__origin__)
print(Callable[[int], str].__origin__, Callable[..., int].__args__)
print(isinstance([], List), isinstance({}, Dict), isinstance([], Iterable))
print(issubclass(list, Sequence), isinstance(3, Iterable), isinstance(len, Callable))
print(isinstance((), Tuple), issubclass(dict, Mapping), isinstance(set(), FrozenSet))
try:
    isinstance([], List[int])
except TypeError as e:
    print('TypeError:', e)
try:
    List()
except TypeError as e:
    print('TypeError:', e)
try:
    Union[()]
except TypeError as e:
    print('TypeError:', e)
try:
    Any()
except TypeError:
    print('TypeError Any()')
try:
    isinstance(1, Any)
except TypeError:
    print('TypeError isinstance Any')
print(cast(int, 'x'), cast(List[int], [1]), TYPE_CHECKING)
UserId = NewType('UserId', int)
print(UserId(5), UserId.__name__, UserId.__supertype__)
print(repr(ForwardRef('X')), ForwardRef('X') == ForwardRef('X'))


class A:
    x: int
    y: 'List[str]'
    z: ClassVar[int] = 3


class B(A):
    w: Optional[str]


def f(a: int, b: 'str', c: List[int] = None) -> Dict[str, int]:
    pass


print(get_type_hints(A))
hb = get_type_hints(B)
print(sorted(hb), hb['x'], hb['y'], hb['w'].__args__)
print(sorted(get_type_hints(f)))
print(get_type_hints(f)['return'], get_type_hints(f)['b'])


@overload
def g(x: int) -> int: ...


@overload
def g(x: str) -> str: ...


def g(x):
    return x * 2


print(g(2), g('a'))


@no_type_check
def h(x: int):
    pass


print(h.__no_type_check__, get_type_hints(h))
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]))
print(typing.get_args(Callable[[int], str]), typing.get_origin(int), typing.get_args(int))
print(typing.Hashable, typing.Sized, typing.AbstractSet[int], typing.MutableSequence[int])
