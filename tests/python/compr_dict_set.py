# Dict and set comprehensions
print({x: x ** 2 for x in range(6)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print({x % 4 for x in range(20)}, {x for x in [3, 1, 3, 2] if x > 1})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_letter)
lengths = {w: len(w) for w in words if len(w) > 5}
print(lengths)
print(sorted({len(w) for w in words}), sorted({w[-1] for w in words}))
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3) if r != c}
print(grid)
print({i: {j: i * j for j in range(3)} for i in range(3)})
inverted = {}
for k, v in {"a": 1, "b": 1, "c": 2}.items():
    inverted.setdefault(v, []).append(k)
print(inverted, {k: len(v) for k, v in inverted.items()})
counts = {c: "mississippi".count(c) for c in "mississippi"}
print(counts)
print({n: ("even" if n % 2 == 0 else "odd") for n in range(5)})
s = {(a, b) for a in range(3) for b in range(3) if a + b == 2}
print(sorted(s))
print({frozenset({i, i + 1}) for i in range(3)} == {frozenset({0, 1}), frozenset({1, 2}), frozenset({2, 3})})
print(dict((k, k * 2) for k in "ab"), set(x * 2 for x in range(4)))
print({**{k: 0 for k in "abc"}, "b": 1})
