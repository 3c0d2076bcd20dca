# Arbitrary precision integers
a = 2 ** 100
b = 3 ** 60
print(a)
print(b)
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b, divmod(a, b))
print(-a // b, -a % b)
print(a // 7, a % 7, (-a) // 7, (-a) % 7)
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(len(str(f)), str(f)[:5], str(f)[-8:])
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
big = fact(100)
print(big)
print(sum(int(d) for d in str(big)))
print(big // fact(98), big % 1000007)
print(2 ** 64 - 1, -(2 ** 63), 2 ** 63 - 1)
print(10 ** 30 // 10 ** 15, 10 ** 30 % (10 ** 15 + 7))
x = 12345678901234567890123456789
print(x * x)
print(x * -x)
print(x ** 3)
print(abs(-x), -x, +x)
print(x == x + 0, x < x + 1, x > 2 ** 90, -x < -(2 ** 90))
print(int("123456789012345678901234567890") + 1)
print(pow(2, 200, 10 ** 9 + 7), pow(3, 1000, 1000))
fib = [0, 1]
for _ in range(150):
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[150])
print(fib[150] // fib[149], fib[150] % fib[149])
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100))
print(2 ** 1000 // 2 ** 990, (2 ** 1000 - 1).bit_length())
print(1 << 200 >> 199, (7 ** 77) % 1000)
