# async with and async for over user-defined protocol objects.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Suspend:
    def __await__(self):
        yield


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Suspend()
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        await Suspend()
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress


async def nested():
    async with Manager("a") as a, Manager("b") as b:
        print("body", a, b)
    async with Manager("c", suppress=True):
        raise KeyError("inside")
    try:
        async with Manager("d"):
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)
    for i in range(3):
        async with Manager("loop%d" % i):
            if i == 0:
                continue
            if i == 1:
                break
    return "nested done"


print(run(nested()))


async def returns_inside():
    async with Manager("r"):
        return "returned"


print(run(returns_inside()))


class Range:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        await Suspend()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def loops():
    total = 0
    async for i in Range(4):
        async for j in Range(i):
            total += i * j
    return total


print(run(loops()))


class NoAiter:
    pass


class AiterNoAnext:
    def __aiter__(self):
        return 5


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7


class AenterNotAwaitable:
    def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 2


async def errors(case):
    if case == 0:
        async for x in NoAiter():
            pass
    elif case == 1:
        async for x in AiterNoAnext():
            pass
    elif case == 2:
        async for x in BadAnext():
            pass
    elif case == 3:
        async with AenterNotAwaitable():
            pass


for case in range(4):
    try:
        run(errors(case))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
