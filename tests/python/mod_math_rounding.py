import math

for x in [0.5, -0.5, 1.0, 2.5, -2.5, 1e20, -1e20, 3, -3, True, 2**70, 1e300]:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
for bad in [math.inf, -math.inf, math.nan]:
    for f in (math.floor, math.ceil, math.trunc):
        try:
            f(bad)
        except (ValueError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)

class R:
    def __floor__(self):
        return 'floor!'
    def __ceil__(self):
        return 'ceil!'
    def __trunc__(self):
        return 'trunc!'
print(math.floor(R()), math.ceil(R()), math.trunc(R()))

class OnlyFloat:
    def __float__(self):
        return 7.5
print(math.floor(OnlyFloat()), math.ceil(OnlyFloat()))
try:
    math.trunc(OnlyFloat())
except TypeError as e:
    print('TypeError', e)
try:
    math.floor('x')
except TypeError as e:
    print('TypeError', e)

for x in [0.0, -0.0, 1.5, -1.5, 1e300, math.inf, -math.inf, 8, 0.1]:
    print(repr(x), math.modf(x), math.frexp(x))
print(math.modf(math.nan), math.frexp(math.nan))
for x, e in [(0.5, 1), (1.0, -1074), (1.0, 1023), (0.75, -1073), (3, 4), (-2.5, 10), (1.0, -2000), (0.0, 5), (math.inf, -5)]:
    print(x, e, math.ldexp(x, e))
for x, e in [(1.0, 1024), (1.0, 10**30)]:
    try:
        math.ldexp(x, e)
    except OverflowError as ex:
        print('OverflowError', ex)
print(math.ldexp(1.0, -10**30))
try:
    math.ldexp(1.0, 2.0)
except TypeError as e:
    print('TypeError', e)

for x, y in [(1, -0.0), (-3, 2), (0.0, -1), (math.inf, -1), (2, math.nan)]:
    print(math.copysign(x, y))
for x, y in [(10, 3), (-10, 3), (10, -3), (5.5, 2), (1, math.inf), (-1, math.inf), (0.0, 1)]:
    print('fmod', x, y, math.fmod(x, y))
for x, y in [(1, 0), (math.inf, 1)]:
    try:
        math.fmod(x, y)
    except ValueError as e:
        print('ValueError', e)
for x, y in [(10, 3), (11, 3), (-10, 3), (5, 2), (7, 2), (-5, 2), (1.5, 1), (2.5, 1), (0.0, 1), (-0.0, 1),
             (1e300, 3.5), (3, math.inf), (math.nan, 1), (1, math.nan), (6, 4), (-6, 4), (1e-310, 3e-310)]:
    print('remainder', x, y, math.remainder(x, y))
for x, y in [(1, 0), (math.inf, 1)]:
    try:
        math.remainder(x, y)
    except ValueError as e:
        print('ValueError', e)
