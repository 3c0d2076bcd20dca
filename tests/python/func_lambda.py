# Lambdas
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, x=2))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x: x ** 3, range(5))), list(filter(lambda w: "a" in w, ["cat", "dog", "bat"])))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
for sym in "+-*/":
    print(sym, ops[sym](12, 4))
print(sq.__name__, (lambda: 0).__name__)
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), curry("x")("y")("z"))
fs = [(lambda n: lambda x: x * n)(n) for n in range(1, 4)]
print([f(10) for f in fs])
cond = lambda x: "pos" if x > 0 else ("zero" if x == 0 else "neg")
print([cond(v) for v in (-1, 0, 1)])
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
Y = lambda f: (lambda x: f(lambda v: x(x)(v)))(lambda x: f(lambda v: x(x)(v)))
fact = Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
print(fact(10))
pairs = [(1, "one"), (3, "three"), (2, "two")]
pairs.sort(key=lambda p: p[1])
print(pairs)
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: len(p[1])))
x = 5
f = lambda: x
x = 6
print(f())
print((lambda a, b: a if a > b else b)(3, 8), (lambda *args: sum(args))(1, 2, 3, 4))
print(type(sq).__name__, callable(sq))
