# abc: register, __subclasshook__, cache token
import abc
from abc import ABC, abstractmethod


class Drawable(ABC):
    pass


class Circle:
    pass


print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
t0 = abc.get_cache_token()
r = Drawable.register(Circle)
print(r is Circle, abc.get_cache_token() != t0)
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
print(Drawable in Circle.__mro__)


@Drawable.register
class Square:
    pass


print(issubclass(Square, Drawable))


class SubCircle(Circle):
    pass


print(issubclass(SubCircle, Drawable))


class Special(Drawable):
    pass


Special.register(int)
print(issubclass(int, Special), issubclass(int, Drawable), isinstance(5, Drawable))
print(issubclass(str, Drawable))


class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            if any('__len__' in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


print(issubclass(list, HasLen), issubclass(dict, HasLen), issubclass(int, HasLen))
print(isinstance('abc', HasLen), isinstance(3.5, HasLen))


class SubHasLen(HasLen):
    pass


print(issubclass(list, SubHasLen))
try:
    Drawable.register(5)
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(5, Drawable)
except TypeError as e:
    print('TypeError', e)


class Root(ABC):
    pass


class Leaf(Root):
    pass


try:
    Leaf.register(Root)
except RuntimeError as e:
    print('RuntimeError', e)
print(Leaf.register(Leaf) is Leaf)

import collections.abc as cabc
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(3, cabc.Hashable))
print(issubclass(type(iter([])), cabc.Iterator), isinstance(len, cabc.Callable))
