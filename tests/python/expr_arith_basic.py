# Basic arithmetic on ints and mixed int/float
a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(-a // -b, -a % -b)
print(a ** 2, b ** 3, 2 ** 10)
print(2 ** -1, 10 ** -2)
print(a + 0.5, a * 1.5, a - 0.25)
print(7 / 7, type(7 / 7).__name__)
print(0 - 0, -0, +5, -(-5))
x = 3
y = x * 2 + 1
z = (x + 2) * (y - 1)
print(x, y, z)
print(z // 3 * 3 + z % 3 == z)
total = 0
for i in range(1, 11):
    total += i * i
print("sum of squares", total)
print(100 - 3 * 7 + 2 ** 3 ** 2)
print((100 - 3) * (7 + 2) ** 3)
print(-2 ** 2, (-2) ** 2, 2 ** -2)
print(1 + 2 * 3 - 4 / 2)
print(10 % 3 * 2, 10 * 3 % 7)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(True + True, True * 10, False - 1)
print(5 // 2.0, 5 % 2.0, -5 // 2.0, -5 % 2.0)
for n in [-7, -1, 0, 1, 7]:
    print(n, n // 3, n % 3, n // -3, n % -3)
