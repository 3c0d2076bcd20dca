# List comprehensions
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([c.upper() for c in "hello" if c not in "l"])
print([x if x % 2 else -x for x in range(8)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(matrix)])
print([n for row in matrix for n in row if n % 2 == 1])
print([[row[i] for row in matrix] for i in range(3)])
words = ["apple", "Banana", "cherry", "date"]
print([w[0] + str(len(w)) for w in words], [len(w) for w in words if w.islower()])
print([(i, w) for i, w in enumerate(words, 1) if i % 2])
print([a + b for a, b in zip("abc", "xyz")])
print([sum(r) for r in matrix], sum([x for x in range(101)]))
x = "outer"
res = [x for x in range(3)]
print(res, x)
primes = [n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
print([[]for _ in range(2)], [() for _ in "ab"])
print([i for i in [] if i], [f(2) for f in (abs, str, float)])
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
flat = [y for x in [[1, [2]], [3]] for y in x]
print(flat)
nested = [[j for j in range(i)] for i in range(5)]
print(nested, sum(len(r) for r in nested))
print([s.strip() for s in " a , b,c ".split(",")])
print([(lambda v: v * 10)(v) for v in range(3)])
