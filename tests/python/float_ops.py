# Float arithmetic, conversions and methods
a = 7.25
b = -2.5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(divmod(a, b), divmod(-a, 2))
print(abs(b), -b, +a)
print(int(a), int(b), float(int(a)))
print(a.is_integer(), (8.0).is_integer(), a.as_integer_ratio(), (0.5).as_integer_ratio())
print((0.1).as_integer_ratio())
print(a == 7.25, a > 7, 7 < a < 8, a != 29 / 4)
print(3 * 1.5, 10 / 4, 10 / 5, 2 ** 0.5 * 2 ** 0.5)
print(sum([0.1] * 10), sum([1.5, 2.5, 3]), max(1.5, 2), min(-0.0, 0.0))
print(float(True), float(False), 1.0 + True)
print((1.5).hex(), float.fromhex("0x1.8p1"), (2.0).hex())
print((3.7).real, (3.7).imag, (3.7).conjugate())
print(1e3, 1e-3, 1.23e-10, 5e20, 5e21, 1234567890123456789.0)
mean = sum([2, 4, 4, 4, 5, 5, 7, 9]) / 8
var = sum((x - mean) ** 2 for x in [2, 4, 4, 4, 5, 5, 7, 9]) / 8
print(mean, var, var ** 0.5)
def newton_sqrt(n):
    x = n
    for _ in range(50):
        x = (x + n / x) / 2
    return x
print(newton_sqrt(2), newton_sqrt(144), newton_sqrt(1e10))
c = 0.0
for i in range(1, 1001):
    c += 1 / (i * i)
print(c, c * 6)
celsius = [-40, 0, 37, 100]
print([c * 9 / 5 + 32 for c in celsius])
print(float("  -12.5e2  "), float(" inf "), float("-nan") != float("-nan"))
