# Comprehensions combined with function calls, lambdas and methods
def square(x):
    return x * x
def is_even(x):
    return x % 2 == 0
print([square(x) for x in range(8) if is_even(x)])
print({x: square(x) for x in filter(is_even, range(8))})
print([f(3) for f in [square, is_even, str, lambda v: v - 1]])
words = ["Hello", "World", "Python", "Is", "Fun"]
print([w.lower() for w in words], [w[::-1] for w in words if len(w) > 2])
print(sorted([w for w in words], key=lambda w: (len(w), w.lower())))
print({w[0]: w for w in sorted(words, key=len)})
print([len(w) for w in words], sum(len(w) for w in words), max(words, key=len))
people = [{"name": "ann", "langs": ["py", "c"]}, {"name": "bob", "langs": ["js"]}, {"name": "cy", "langs": []}]
print([p["name"] for p in people if p["langs"]])
print(sorted({lang for p in people for lang in p["langs"]}))
print({p["name"]: len(p["langs"]) for p in people})
print([(p["name"], lang) for p in people for lang in p["langs"]])
calls = []
def tracked(x):
    calls.append(x)
    return x
result = [tracked(x) for x in range(5) if tracked(x * 10) > 15]
print(result, calls)
print([[f(x) for f in (abs, square)] for x in (-2, 3)])
adders = [(lambda y, x=x: x + y) for x in range(3)]
print([a(10) for a in adders])
print(list(map(lambda p: p[0] * p[1], [(i, j) for i in range(3) for j in range(3) if i != j])))
matrix = [[1, 2], [3, 4]]
print([[sum(a * b for a, b in zip(row, col)) for col in zip(*matrix)] for row in matrix])
print("".join([c.upper() if i % 2 else c for i, c in enumerate("alternating")]))
