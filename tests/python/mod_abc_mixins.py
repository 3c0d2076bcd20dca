# abc: abstract classes with mixins, properties, __init_subclass__, deprecated decorators
import abc
from abc import ABC, ABCMeta, abstractmethod


class Serializer(ABC):
    @abstractmethod
    def dumps(self, obj):
        ...

    def dump_all(self, objs):
        return [self.dumps(o) for o in objs]


class UpperMixin:
    def dumps(self, obj):
        return str(obj).upper()


class Upper(UpperMixin, Serializer):
    pass


print(Upper().dump_all(['a', 'b']), Upper.__abstractmethods__)


class Wrong(Serializer, UpperMixin):
    pass


print(sorted(Wrong.__abstractmethods__))


class Shape(ABC):
    def __init_subclass__(cls, sides=0, **kw):
        super().__init_subclass__(**kw)
        cls.sides = sides

    @property
    @abstractmethod
    def area(self):
        ...

    @area.setter
    @abstractmethod
    def area(self, v):
        ...


class Sq(Shape, sides=4):
    def __init__(self):
        self._a = 1

    @property
    def area(self):
        return self._a

    @area.setter
    def area(self, v):
        self._a = v


s = Sq()
s.area = 9
print(Sq.sides, s.area, isinstance(s, Shape))


class Old(metaclass=ABCMeta):
    @abc.abstractproperty
    def p(self):
        ...

    @abc.abstractclassmethod
    def c(cls):
        ...

    @abc.abstractstaticmethod
    def s():
        ...


print(sorted(Old.__abstractmethods__))


class NewOld(Old):
    p = 1

    @classmethod
    def c(cls):
        return 'c'

    @staticmethod
    def s():
        return 's'


n = NewOld()
print(n.p, n.c(), n.s())


class Meta(ABCMeta):
    def __new__(mcls, name, bases, ns, **kw):
        ns.setdefault('registered_by_meta', True)
        return super().__new__(mcls, name, bases, ns, **kw)


class WithMeta(metaclass=Meta):
    @abstractmethod
    def go(self):
        ...


class Impl(WithMeta):
    def go(self):
        return 'went'


print(Impl().go(), Impl.registered_by_meta, type(Impl).__name__, isinstance(Impl(), WithMeta))
try:
    WithMeta()
except TypeError:
    print('TypeError for abstract WithMeta')
Impl.go = None
print(sorted(Impl.__abstractmethods__))
print(abc.ABC.__slots__, isinstance(ABC, ABCMeta), abc.get_cache_token() >= 0)


class LateAbstract(ABC):
    pass


def extra(self):
    ...


LateAbstract.extra = abstractmethod(extra)
print(LateAbstract.__abstractmethods__, type(LateAbstract()).__name__)
