# Closures and scoping inside generators and comprehensions
def make_gens():
    gens = []
    for i in range(3):
        def g(i=i):
            for k in range(i):
                yield (i, k)
        gens.append(g)
    return gens
print([list(g()) for g in make_gens()])
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    while count < 5:
        yield bump()
print(list(counter_gen()))
def lazy_capture():
    x = 1
    gen = (x * k for k in range(3))
    x = 10
    return list(gen)
print(lazy_capture())
def eager_first_iter():
    items = [1, 2, 3]
    gen = (v * 2 for v in items)
    items = [100]
    return list(gen)
print(eager_first_iter())
def gen_with_global():
    global gcount
    for i in range(3):
        gcount = i
        yield i
gcount = -1
g = gen_with_global()
print(gcount, next(g), gcount, next(g), gcount)
def outer():
    acc = []
    def producer():
        for c in "abc":
            acc.append(c)
            yield c.upper()
    return producer, acc
p, acc = outer()
it = p()
print(next(it), acc, list(it), acc)
def fib_closure():
    state = [0, 1]
    def nxt():
        v = state[0]
        state[0], state[1] = state[1], state[0] + state[1]
        return v
    return nxt
f = fib_closure()
print([f() for _ in range(12)])
def gen_factory(n):
    return (i * n for i in range(3))
gens = [gen_factory(n) for n in (1, 10, 100)]
print([list(g) for g in gens])
def nested_gen():
    def inner(prefix):
        for i in range(2):
            yield prefix + str(i)
    for p in "xy":
        yield from inner(p)
print(list(nested_gen()))
