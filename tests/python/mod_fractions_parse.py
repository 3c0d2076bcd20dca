# fractions: more string forms, conversions and use as dict keys / in sets
from fractions import Fraction as F
import math

for s in ['0', '-0', '1/1', '10/4', '  +3/9\n', '1.5', '-.5', '5.', '1e2', '1E-2', '-2.5e+1', '007', '3.14159']:
    print(repr(s), F(s))
print(F(1, 3) + F('1/6') == F(1, 2), {F(1, 2), 0.5, F(2, 4)}, len({F(3), 3, 3.0}))
print(F(7, 3).__floor__(), F(7, 3).__ceil__(), math.floor(F(-1, 2)), int(F(99, 10)))
print(F(3, 8).numerator, F(3, 8).denominator, F(-3, 8).as_integer_ratio())
print(F(5) ** 2, F(2) ** -2, F(4, 9) ** 0.5, 8 ** F(1, 3), F(-8) ** F(1, 3) if False else 'skip')
print(sorted([F(2, 3), F(1, 2), F(3, 4), F(1, 3)], reverse=True))
print(sum(F(1, 2 ** k) for k in range(10)), max(F(1, 3), 0.3), min(F(1, 3), 0.34))
print(F(1, 3) < 1, F(1, 3) > -1, 0 < F(1, 3), F(0) == 0, F(0) == -0.0, bool(F(0, 5)))
print(F(22, 7) - 3, 3 - F(22, 7), F(22, 7) * 7 == 22, F(1, 10) + 0.2)
print(round(F(7, 2)), round(F(9, 2)), round(F(-7, 2)), round(F(1234, 100), 1), round(F(5, 3), -1))
print(str(F(6, -4)), repr(F(0)), F(10, 15).limit_denominator(2))
try:
    F('1/-2')
except ValueError as e:
    print('ValueError', e)
try:
    F(float('inf'))
except (OverflowError, ValueError) as e:
    print(type(e).__name__)
try:
    F(float('nan'))
except ValueError:
    print('ValueError for nan')
