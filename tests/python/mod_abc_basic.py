# abc: ABC, abstractmethod, abstract properties and classmethods
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return '%s with area %s' % (self.name, self.area())


print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError:
    print('cannot instantiate Shape')


class Half(Shape):
    def area(self):
        return 1


print(sorted(Half.__abstractmethods__))
try:
    Half()
except TypeError:
    print('cannot instantiate Half')


class Square(Half):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    @property
    def name(self):
        return 'square'


s = Square(3)
print(s.describe(), Square.__abstractmethods__)
print(isinstance(s, Shape), issubclass(Square, Shape), isinstance(s, ABC))
print(type(Shape) is ABCMeta, type(ABC) is ABCMeta)


class Factory(metaclass=ABCMeta):
    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(Factory.__abstractmethods__))


class Concrete(Factory):
    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 'help'


print(type(Concrete.make()).__name__, Concrete.helper())


class Plain(ABC):
    pass


print(type(Plain()).__name__, Plain.__abstractmethods__)


def f():
    pass


print(getattr(abstractmethod(f), '__isabstractmethod__'))


class Base(ABC):
    @abstractmethod
    def run(self):
        return 'base run'


class Child(Base):
    def run(self):
        return 'child ' + super().run()


print(Child().run())
