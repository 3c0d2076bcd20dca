# Closures and cell variables
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2(), c1())
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def make_adders_late():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in make_adders_late()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()
print(outer()())
def make_acc(start):
    total = [start]
    def add(n):
        total[0] += n
        return total[0]
    return add
acc = make_acc(100)
print(acc(10), acc(-50), acc(0))
def memo(f):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapped.cache = cache
    return wrapped
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def pair():
    val = 0
    def get():
        return val
    def setv(v):
        nonlocal val
        val = v
    return get, setv
g, s = pair()
print(g())
s(42)
print(g())
s("str")
print(g())
print(c1.__closure__ is not None, len(make_counter().__code__.co_freevars), make_counter.__code__.co_cellvars)
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def counter_gen():
    n = 0
    def step():
        nonlocal n
        n += 2
        return n
    return [step() for _ in range(4)], n
print(counter_gen())
