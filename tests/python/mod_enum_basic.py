from enum import Enum, IntEnum, auto, unique, EnumMeta


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(repr(Color.RED), str(Color.RED), Color.RED.name, Color.RED.value)
print(list(Color), len(Color))
print(Color(1), Color['GREEN'], Color.CRIMSON is Color.RED)
print(list(Color.__members__.items()))
print(list(Color.__members__), len(Color.__members__), 'CRIMSON' in Color.__members__)
for bad in (7, 'RED', None):
    try:
        Color(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError:', e)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN)
for op in ('<', '>='):
    try:
        eval('Color.RED %s Color.GREEN' % op)
    except TypeError as e:
        print('TypeError:', e)
print(hash(Color.RED) == hash('RED'), {Color.RED: 1}[Color.CRIMSON])
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED))
print(repr(Color), format(Color.RED), f"{Color.BLUE:>12}|", '%s' % Color.GREEN)
print(type(Color) is EnumMeta, isinstance(Color, EnumMeta))
print(list(reversed(Color)), Color.RED.__class__.__name__)
print(bool(Color), bool(Color.RED))


class Num(IntEnum):
    ONE = 1
    TWO = 2


print(Num.ONE + 1, Num.TWO > Num.ONE, Num.ONE == 1, repr(Num.TWO), f"{Num.TWO}",
      Num(2).name, sorted([Num.TWO, Num.ONE]), isinstance(Num.ONE, int), hash(Num.TWO) == hash(2))
print([Num.ONE, 'x'][Num.ONE], int(Num.TWO), Num.TWO * 3)


class A(Enum):
    X = auto()
    Y = auto()
    Z = auto()


print(list(A), [m.value for m in A])


class Gen(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    ALPHA = auto()
    BETA = auto()


print([(m.name, m.value) for m in Gen])

try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print('ValueError:', e)


class M(Enum):
    A = 1
    B = 2

    @classmethod
    def _missing_(cls, v):
        if isinstance(v, str):
            return cls[v.upper()]
        return None


print(M('b'), M(1))
try:
    M(5)
except ValueError as e:
    print('ValueError:', e)

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal.__module__)
Shape = Enum('Shape', [('SQUARE', 4), ('TRI', 3)])
print(Shape(3), Shape.SQUARE.value)
Pets = Enum('Pets', ['DOG', 'CAT'], start=10)
print([(p.name, p.value) for p in Pets])
D = Enum('D', {'a': 'x', 'b': 'y'})
print(D('y'), D.a.value)

try:
    class X(Color):
        pass
except TypeError as e:
    print('TypeError')
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError')


class Planet(Enum):
    EARTH = (5.97, 6.37)
    MARS = (0.642, 3.39)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def density(self):
        return round(self.mass / self.radius, 3)

    def describe(self):
        return '%s has mass %s' % (self.name, self.mass)


print(Planet.MARS.mass, Planet.EARTH.value, Planet.EARTH.density, Planet.MARS.describe())


class S(str, Enum):
    A = 'a'
    B = 'b'


print(S.A == 'a', S.A.upper(), repr(S.A), S('b'), isinstance(S.A, str))


class Coord(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    X = (1, 'ex')
    Y = (2, 'why')


print(Coord(2), Coord.X.label, Coord.Y.value)


class N(Enum):
    name = 1
    value = 2


print(N.name, N.value.value, N.name.name)


class Ordered(Enum):
    _order_ = 'B A'
    B = 2
    A = 1


print(list(Ordered))


class Base(Enum):
    def hello(self):
        return 'hi ' + self.name


class Child(Base):
    P = 1
    Q = 2


print(Child.P.hello(), list(Child), issubclass(Child, Base))
print(dir(Color)[:4])
