# fractions.Fraction: construction, normalisation, str/repr, errors
from fractions import Fraction

print(Fraction(3, 4), repr(Fraction(3, 4)))
print(Fraction(6, -8), Fraction(-6, -8), Fraction(0, 5), Fraction(10, 5))
print(Fraction(7), Fraction(), Fraction(-3))
print(Fraction('3/4'), Fraction(' -10/4 '), Fraction('+2/6'))
print(Fraction('1.25'), Fraction('-0.125'), Fraction('1e3'), Fraction('1.5e-3'))
print(Fraction('.5'), Fraction('2.'), Fraction('7'), Fraction('-0'))
print(Fraction(0.5), Fraction(0.1), Fraction(-2.75), Fraction(1e-3))
print(Fraction(Fraction(2, 3)), Fraction(Fraction(1, 2), Fraction(3, 4)))
print(Fraction(True), Fraction(5, True))
f = Fraction(22, 7)
print(f.numerator, f.denominator, f.as_integer_ratio())
for bad in ['abc', '1/0.5', '', '1/', '/2', '1 / 2', '1e', '.', '--1', '1..2']:
    try:
        Fraction(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    Fraction('3/0')
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    Fraction(1, 2.0)
except TypeError as e:
    print('TypeError', e)
try:
    Fraction([1])
except TypeError as e:
    print('TypeError', e)
try:
    Fraction(1j)
except TypeError as e:
    print('TypeError', e)
print(Fraction.from_float(0.75), Fraction.from_float(3), Fraction.from_float(-1.5))
try:
    Fraction.from_float('1')
except TypeError as e:
    print('TypeError', e)
print(Fraction(10 ** 30, 3 * 10 ** 28))
print(str(Fraction(-1, 3)), str(Fraction(4, 2)))
print(type(Fraction(1, 2).numerator), type(Fraction(5).denominator))
import numbers
print(isinstance(Fraction(1, 2), numbers.Rational), isinstance(Fraction(1), numbers.Integral))
print(isinstance(Fraction(1, 2), numbers.Number), isinstance(Fraction(1, 2), numbers.Real))


class MyFraction(Fraction):
    pass


m = MyFraction(2, 4)
print(repr(m), type(m).__name__, type(m + 1).__name__)
