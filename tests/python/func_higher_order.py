# Higher-order functions: map/filter/reduce-style, composition, partial application
def reduce(fn, seq, init=None):
    it = iter(seq)
    acc = next(it) if init is None else init
    for x in it:
        acc = fn(acc, x)
    return acc
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 8)), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0), reduce(lambda a, b: b + a, "abc", ""))
def partial(fn, *pa, **pk):
    def call(*a, **k):
        return fn(*pa, *a, **{**pk, **k})
    return call
def volume(l, w, h, unit="cm"):
    return "%d%s3" % (l * w * h, unit)
v10 = partial(volume, 10)
print(v10(2, 3), v10(1, 1, unit="m"), partial(volume, 1, 2, unit="mm")(3))
def compose(*fns):
    return lambda x: reduce(lambda acc, f: f(acc), fns, x)
pipeline = compose(str.strip, str.lower, lambda s: s.replace(" ", "-"))
print(pipeline("  Hello Big World "))
def apply_n(f, n):
    def run(x):
        for _ in range(n):
            x = f(x)
        return x
    return run
print(apply_n(lambda x: x * 2, 10)(1), apply_n(lambda s: s + "!", 3)("hi"), apply_n(abs, 0)(-5))
def flip(f):
    return lambda a, b: f(b, a)
print(flip(lambda a, b: a - b)(10, 3), flip(divmod)(3, 17))
def memoize(f):
    cache = {}
    def inner(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    inner.cache = cache
    return inner
@memoize
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)
print(binom(30, 15), binom(50, 25), len(binom.cache))
def group_by(seq, keyfn):
    out = {}
    for x in seq:
        out.setdefault(keyfn(x), []).append(x)
    return out
print(group_by(range(10), lambda n: n % 3), group_by(["apple", "avocado", "banana", "blueberry", "cherry"], lambda s: s[0]))
def count_if(pred, seq):
    return sum(1 for x in seq if pred(x))
print(count_if(str.isupper, "Hello World ABC"), count_if(lambda n: n % 7 == 0, range(100)))
funcs = {"len": len, "upper": str.upper, "rev": lambda s: s[::-1], "sorted": sorted}
print({name: f("python") for name, f in funcs.items()})
print(list(map(lambda f: f(16), [abs, lambda x: x ** 0.5, bin, hex, str])))
print(sorted(["a", "bbb", "cc"], key=len), list(filter(callable, [1, len, "s", print, None])) == [len, print])
