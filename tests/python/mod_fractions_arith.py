# fractions.Fraction: arithmetic with ints, floats, complex and Fractions
from fractions import Fraction as F
import math

a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, b / a)
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 2, 2 / a)
print(a + 0.5, 0.5 + a, a * 1.5, 2.0 / a)
print(a + 1j, 1j * b)
print(b // a, b % a, divmod(b, a), F(-7, 2) // 2, F(-7, 2) % 2)
print(divmod(F(7, 2), F(2, 3)), 7 // F(2, 3), 7 % F(2, 3))
print(F(7, 2) // 1.5, F(7, 2) % 1.5)
print(a ** 2, a ** -2, F(-2, 3) ** 3, F(-2, 3) ** -3, a ** 0)
print(F(4, 9) ** F(1, 2), F(4) ** 0.5, 2 ** F(3), 2 ** F(-1), 4 ** F(1, 2))
print(F(2, 3) ** F(2), F(1, 2) ** F(-2, 1))
print(-a, +a, abs(F(-5, 7)), abs(F(5, 7)))
print(math.trunc(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)))
print(int(F(7, 2)), int(F(-7, 2)), float(F(1, 8)), float(F(1, 3)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3)), round(F(2, 3)))
print(round(F(12345, 1000), 2), round(F(12355, 1000), 2), round(F(12345), -2), round(F(1, 3), 0))
print(F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(2) == 2, F(2, 1) == 2.0, F(1, 2) == F(2, 4))
print(F(1, 2) < F(2, 3), F(1, 2) <= 0.5, F(1, 2) > 0, F(1, 2) >= 1, 1 > F(1, 2))
print(F(1, 2) < float('inf'), F(1, 2) > float('-inf'), F(1, 2) == float('nan'))
print(F(1, 2) == complex(0.5, 0), F(1, 2) != 1j)
print(bool(F(0)), bool(F(1, 9)))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)), hash(F(1, 3)))
print(sum([F(1, n) for n in range(1, 11)]))
print(sorted([F(1, 2), F(1, 3), 0.4, 1, F(-1, 2)]))
print(max(F(5, 3), F(7, 4)), min(F(5, 3), 1.5))
try:
    F(1, 2) / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print({F(1, 2): 'half'}[0.5])
s = F(0)
for i in range(1, 20):
    s += F(1, 2 ** i)
print(s, 1 - s)
