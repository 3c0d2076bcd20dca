# More comprehension patterns: nested, conditional, transposition, flattening
text = "the cat sat on the mat with the hat"
words = text.split()
print({w: [i for i, x in enumerate(words) if x == w] for w in sorted(set(words))})
print([[c for c in w if c not in "aeiou"] for w in words[:3]])
print(["".join(sorted(w)) for w in words if len(w) == 3][:5])
print([i * j for i in range(1, 5) for j in range(1, 5) if i < j])
table = [[f"{i}x{j}={i * j}" for j in range(1, 4)] for i in range(1, 4)]
for row in table:
    print(" ".join(row))
m = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print([[row[c] for row in m] for c in range(len(m[0]))])
print([x for row in m for x in row if x % 3 == 0])
print(sum(x for row in m for x in row), max(max(r) for r in m))
print({(r, c): m[r][c] for r in range(3) for c in range(4) if r == c})
print([(x, y) for x in range(4) if x % 2 == 0 for y in range(x) if (x + y) % 3])
print([[y for y in range(x)] for x in range(4) if x])
s = "a1b2c3d4"
print([int(ch) for ch in s if ch.isdigit()], "".join([ch for ch in s if ch.isalpha()]).upper())
print(sorted({len(w): w for w in words}.items()))
nested = [[1, [2, 3]], [4, [5, [6]]]]
print([y for x in nested for y in (x if isinstance(x, list) else [x])])
print([n for n in range(2, 50) if all(n % d != 0 for d in range(2, n))])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
grid = ["#..#", ".##.", "#..#"]
print([(r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "#"])
print({ch: sum(row.count(ch) for row in grid) for ch in "#."})
print([x if x > 0 else 0 for x in [-2, 3, -1, 5]], [abs(x) for x in range(-3, 4) if x])
