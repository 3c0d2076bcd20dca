# fractions: limit_denominator, from_float round trips, copy
from fractions import Fraction
import math
import copy

pi = Fraction(math.pi)
print(pi)
for d in [1, 2, 7, 10, 100, 113, 1000, 30000, 10 ** 6]:
    print(d, pi.limit_denominator(d))
print(Fraction('3.1415926535897932').limit_denominator(1000))
print(Fraction(1, 3).limit_denominator(2), Fraction(2, 3).limit_denominator(1))
print(Fraction(-355, 113).limit_denominator(10))
print(Fraction(0.1).limit_denominator(), Fraction(1.1).limit_denominator(100))
print(Fraction(5, 1).limit_denominator(3))
try:
    Fraction(1, 3).limit_denominator(0)
except ValueError as e:
    print('ValueError', e)
for x in [0.1, 0.25, 1 / 3, 2.5, -7.125, 1e-10, 123456789.5]:
    f = Fraction.from_float(x)
    print(x, f, float(f) == x)
c = copy.copy(Fraction(3, 5))
d = copy.deepcopy([Fraction(1, 7)])
print(c, d)
print(Fraction(math.e).limit_denominator(50), Fraction(2 ** 0.5).limit_denominator(1000))
print([Fraction(n, 12) for n in range(-3, 4)])
print(Fraction(1, 7) * 7 == 1, Fraction(1, 10) * 3 == Fraction(3, 10), 0.1 * 3 == 0.3)
