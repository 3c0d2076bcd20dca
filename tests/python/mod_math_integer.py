import math

print([math.factorial(i) for i in range(15)])
print(math.factorial(50))
print(len(str(math.factorial(1000))), math.factorial(3000) % (10**9 + 7), math.factorial(3000).bit_length())
print(math.factorial(True))
for bad in [-1, -2**100]:
    try:
        math.factorial(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in ['5', None]:
    try:
        math.factorial(bad)
    except TypeError as e:
        print('TypeError', e)

print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(0, -5), math.gcd(2**100, 6**50))
print(math.gcd(True, 4))
try:
    math.gcd(1.0, 2)
except TypeError as e:
    print('TypeError', e)

for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 10**20, 2**200 - 1, 2**200, 10**100 + 12345]:
    print(n, math.isqrt(n))
try:
    math.isqrt(-1)
except ValueError as e:
    print('ValueError', e)
try:
    math.isqrt(4.0)
except TypeError as e:
    print('TypeError', e)

for n in range(7):
    print([math.comb(n, k) for k in range(n + 2)], [math.perm(n, k) for k in range(n + 2)], math.perm(n))
print(math.comb(100, 50), math.perm(30, 10), math.comb(10**20, 3), math.perm(10**20, 2))
print(math.perm(5, None))
for args in [(-1, 2), (3, -1)]:
    for f in (math.comb, math.perm):
        try:
            f(*args)
        except ValueError as e:
            print(f.__name__, 'ValueError', e)
try:
    math.comb(5.0, 2)
except TypeError as e:
    print('TypeError', e)

print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=5), math.prod(range(1, 6), start=2))
print(math.prod([1.5, 2, 3]), math.prod([2] * 100), math.prod(['ab'], start=3))
print(math.prod(x for x in [3, 4]))
try:
    math.prod(5)
except TypeError as e:
    print('TypeError', e)
