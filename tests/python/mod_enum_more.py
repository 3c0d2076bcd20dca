# enum: unique, auto, IntFlag, functional API, aliases, iteration, members
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(list(Color), Color.CRIMSON is Color.RED, Color(2), Color['BLUE'])
print(list(Color.__members__), Color.RED.name, Color.RED.value, repr(Color.GREEN), str(Color.BLUE))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)


class Auto(Enum):
    X = auto()
    Y = auto()
    Z = auto()


print([m.value for m in Auto])


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    ALPHA = auto()
    BETA = auto()


print([m.value for m in Named])


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
# str() of flags changed after 3.8: compare values and names only.
print(int(rw), Perm.R in rw, Perm.X in rw, (rw & Perm.R).name, int(~Perm.R & 7), int(Perm(7)))
print(repr(Perm.R), Perm.R + 1, int(Perm(0)), bool(Perm(0)))


class Style(Flag):
    BOLD = auto()
    ITALIC = auto()
    UNDER = auto()


s = Style.BOLD | Style.UNDER
print(s.value, Style.ITALIC in s, list(Style), [m.value for m in Style], bool(Style.BOLD & Style.ITALIC))
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3))
Shape = Enum('Shape', [('SQUARE', 4), ('TRI', 3)])
print(Shape.TRI.value, Shape(4).name)


class Num(IntEnum):
    ONE = 1
    TWO = 2


print(Num.ONE + 1, Num.TWO * 3, Num.ONE < Num.TWO, sorted([Num.TWO, Num.ONE]), Num.ONE == 1, int(Num.TWO))
print(isinstance(Num.ONE, int), Num(2).name, [n for n in Num if n > 1])


class Planet(Enum):
    EARTH = (5.976e+24, 6.37814e6)
    MARS = (6.421e+23, 3.3972e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.mass, round(Planet.MARS.gravity, 3))
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)
try:
    Color.RED = 5
except AttributeError:
    print('AttributeError')
print(Color.RED in Color, hash(Color.RED) == hash(Color.RED), {Color.RED: 'r'}[Color.CRIMSON])
print(len(Color), Color.__members__['CRIMSON'], type(Color.RED).__name__)


class Ordered(Enum):
    def __lt__(self, other):
        return self.value < other.value
    LOW = 1
    HIGH = 2


print(sorted([Ordered.HIGH, Ordered.LOW]))
print(format(Num.ONE), '{}'.format(Color.RED), f'{Perm.W}')
