# Exponentiation: ints, negatives, floats, modular pow
for base in [-3, -2, -1, 0, 1, 2, 3, 10]:
    print(base, [base ** e for e in range(6)])
print(2 ** -1, 2 ** -2, 4 ** 0.5, 8 ** (1 / 3), (-8) ** 2, 10 ** -3)
print(0 ** 0, 0.0 ** 0, 1 ** 1000, (-1) ** 1001, (-1) ** 1000)
print(pow(2, 10), pow(2, -3), pow(2.5, 2), pow(-2, 3))
print(pow(3, 4, 5), pow(10, 20, 7), pow(-2, 3, 5), pow(7, 0, 13))
print(pow(2, 100, 1), pow(123456789, 987654321, 1000000007))
print(type(2 ** 2).__name__, type(2 ** -2).__name__, type(2.0 ** 2).__name__)
print(1.5 ** 2, 2 ** 0.5, (-2.0) ** 2, 1e10 ** 2)
def mpow(b, e, m):
    r = 1
    b %= m
    while e > 0:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
for b, e, m in [(2, 100, 97), (5, 117, 19), (12345, 6789, 1000), (3, 10 ** 18, 10 ** 9 + 9)]:
    print(b, e, m, mpow(b, e, m), pow(b, e, m), mpow(b, e, m) == pow(b, e, m))
print(2 ** 2 ** 3, (2 ** 2) ** 3)
x = 3
x **= 4
print(x)
x **= 0.5
print(x)
print(10 ** 50)
print(-(10 ** 50) + 1)
print(7 ** 40 // 7 ** 38)
print(pow(2, 3) == 2 ** 3 == 8)
