# range in loops: stepping, reversing, indexing patterns
n = 10
print([i for i in range(n) if i % 3 == 0], list(range(n - 1, -1, -1))[:4], list(range(1, n, 4)))
s = "abcdefgh"
for i in range(0, len(s), 3):
    print(i, s[i:i + 3])
for i in range(len(s) - 1, -1, -3):
    print("rev", i, s[i])
pairs = [(i, j) for i in range(3) for j in range(i + 1, 4)]
print(pairs, len(pairs))
tri = []
for row in range(1, 6):
    tri.append(list(range(row, row * row + 1, row)))
print(tri)
r = range(100, 0, -7)
print(r[0], r[-1], len(r), r.index(86), 93 in r, 94 in r, list(r[:3]), list(r[-2:]))
print(range(5) == range(0, 5), range(0, 5, 2) == range(0, 6, 2), list(range(0)), list(range(-3)))
print(sum(range(0, 101, 2)), sum(range(1, 101, 2)), max(range(-5, 5)), min(range(10, 0, -1)))
total = 0
for k in range(1, 1001):
    if k % 3 == 0 or k % 5 == 0:
        total += k
print(total)
mult = [[i * j for j in range(1, 6)] for i in range(1, 6)]
for row in mult:
    print("".join(f"{v:4}" for v in row))
print(list(zip(range(3), range(10, 13), range(20, 30, 5))))
print(list(map(lambda x: x * x, range(-2, 3))), list(enumerate(range(5, 8))))
big = range(10 ** 12)
print(big[-1], big[10 ** 11], 10 ** 11 in big, big.index(12345), list(big[10 ** 12 - 2:]))
