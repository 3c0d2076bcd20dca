# int true division with big operands (needs correctly rounded int/int)
from fractions import Fraction
import statistics

print(1 / 2**1000, 2**-1000 == 1 / 2**1000)
n, d = (1e-300).as_integer_ratio()
print(n / d, float(Fraction(1e-300)), statistics.mean([1e-300, 3e-300]))
print((3 * 2**1000) / 2**2000, 10**400 / 10**399)
