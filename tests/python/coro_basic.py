# Coroutines driven by hand: send/throw/close, the awaitable protocol, errors.

def run(coro):
    """Drives a coroutine to completion, printing what it yields."""
    value = None
    try:
        while True:
            y = coro.send(value)
            print("  yielded", y)
            value = y
    except StopIteration as e:
        return e.value


class Ticker:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        total = 0
        for i in range(self.n):
            total += yield i
        return total


async def add(a, b):
    return a + b


async def uses_ticker(n):
    t = await Ticker(n)
    s = await add(t, 100)
    return s


print(run(uses_ticker(3)))

c = add(1, 2)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

c = uses_ticker(2)
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()

c = uses_ticker(5)
print(c.send(None))
print(type(c.cr_await).__name__)
try:
    c.throw(ValueError("boom"))
except ValueError as e:
    print("thrown back:", e)
print(c.cr_await)


async def guarded():
    try:
        await Ticker(10)
    except KeyError as e:
        print("guarded caught", repr(e))
        return "recovered"
    finally:
        print("guarded finally")


c = guarded()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("result", e.value)

c = guarded()
c.send(None)
c.close()
print("closed")


class BadAwait:
    def __await__(self):
        return 42


class CoroAwait:
    def __await__(self):
        return add(1, 2)


async def await_it(x):
    return await x


for obj in [1, "s", BadAwait(), CoroAwait()]:
    c = await_it(obj)
    try:
        c.send(None)
    except TypeError as e:
        print("TypeError:", e)
    for leftover in []:
        pass

c = await_it(iter([]))
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)

w = add(2, 3).__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("wrapper result", e.value)

try:
    iter(add(1, 1))
except TypeError as e:
    print("TypeError:", e)

try:
    for x in add(1, 1):
        pass
except TypeError as e:
    print("TypeError:", e)


async def awaits_twice(c):
    await c


inner = uses_ticker(2)
outer1 = awaits_twice(inner)
outer1.send(None)
outer2 = awaits_twice(inner)
try:
    outer2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
outer1.close()
