# Prime sieves and factorization
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [k for k, v in enumerate(is_p) if v]
ps = sieve(200)
print(len(ps), ps[:15], ps[-5:])
def factorize(n):
    f = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            f.append(d)
            n //= d
        d += 1
    if n > 1:
        f.append(n)
    return f
for n in [1, 2, 12, 97, 360, 1001, 65536, 999983, 600851475143, 2 ** 31 - 1]:
    print(n, factorize(n))
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True
print([n for n in range(90, 130) if is_prime(n)])
twins = [(p, p + 2) for p in ps if p + 2 in ps]
print(twins[:8], len(twins))
goldbach = {}
for even in range(4, 40, 2):
    for p in ps:
        if even - p in ps:
            goldbach[even] = (p, even - p)
            break
print(goldbach)
def totient(n):
    result = n
    for p in set(factorize(n)):
        result -= result // p
    return result
print([totient(n) for n in range(1, 21)])
def divisors(n):
    small = [d for d in range(1, int(n ** 0.5) + 1) if n % d == 0]
    return sorted(set(small + [n // d for d in small]))
print(divisors(360), len(divisors(360)), sum(divisors(28)) - 28)
perfect = [n for n in range(2, 10000) if sum(divisors(n)) - n == n]
print(perfect)
print(sum(sieve(10000)), max(b - a for a, b in zip(ps, ps[1:])))
