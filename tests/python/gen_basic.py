# Generator functions: yield, state, return values
def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("end")
g = count_up(3)
print("created")
for v in g:
    print("got", v)
def gen_return():
    yield 1
    yield 2
    return "result"
g = gen_return()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(5, fib()), take(0, fib()))
def empty():
    return
    yield
print(list(empty()), list(gen_return()))
def with_try():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup")
for x in with_try():
    print(x)
def lines():
    for word in ["alpha", "beta"]:
        for ch in word[:2]:
            yield word + ":" + ch
print(list(lines()))
def evens(limit):
    for n in range(limit):
        if n % 2:
            continue
        yield n
print(list(evens(10)), sum(evens(100)))
gi = gen_return()
print(list(zip(gi, "xyz")))
def gen_locals(a):
    b = a * 2
    yield a
    b += 1
    yield b
    yield a + b
print(list(gen_locals(5)))
