# Unpacking in for loops, comprehensions and nested structures
data = [("alice", (90, 85)), ("bob", (70, 95)), ("cy", (88, 88))]
for name, (math, art) in data:
    print(name, math + art, "math" if math > art else "art" if art > math else "tie")
print([n for n, (m, a) in data if m > 80])
print({n: (m + a) / 2 for n, (m, a) in data})
for i, (name, scores) in enumerate(data, start=1):
    print(i, name, max(scores))
matrix = [[1, 2, 3], [4, 5, 6]]
for first, *others in matrix:
    print(first, others)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a * b * c)
points = {"p1": (0, 0), "p2": (3, 4)}
for label, (x, y) in points.items():
    print(label, x, y, (x * x + y * y) ** 0.5)
pairs = list(zip(range(3), "abc", [True, False, True]))
for num, letter, flag in pairs:
    print(num, letter, flag)
print([(b, a) for a, b in zip("xyz", range(3))])
swapped = {v: k for k, v in dict(zip("abc", range(3))).items()}
print(swapped)
head, *tail = [[1, 2], [3, 4], [5, 6]]
(h1, h2), *_ = [[7, 8], [9]]
print(head, tail, h1, h2, _)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a, b, c, d)
[x, y], [z] = "ab", "c"
print(x, y, z)
for _, v in sorted({"b": 2, "a": 1}.items()):
    print("value", v)
rows = [["id", "name"], [1, "ann"], [2, "bob"]]
header, *body = rows
print([dict(zip(header, r)) for r in body])
def gen_pairs():
    yield 1, "one"
    yield 2, "two"
for num, word in gen_pairs():
    print(num, word)
