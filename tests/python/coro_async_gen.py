# Async generators: async for, asend/athrow/aclose, finalization order.

def run(coro):
    try:
        while True:
            y = coro.send(None)
            print("  loop got", y)
    except StopIteration as e:
        return e.value


class Pause:
    def __await__(self):
        yield "pause"


async def counter(n):
    try:
        for i in range(n):
            await Pause()
            x = yield i
            if x is not None:
                print("  counter received", x)
    finally:
        print("  counter finally")


async def consume():
    out = []
    async for v in counter(3):
        out.append(v * 10)
    else:
        out.append("else")
    return out


print(run(consume()))


async def breaker():
    async for v in counter(5):
        if v == 1:
            break
    return v


print(run(breaker()))


async def manual():
    g = counter(4)
    print("  aiter is self:", g.__aiter__() is g)
    a = await g.__anext__()
    b = await g.asend("hello")
    print("  got", a, b)
    try:
        await g.athrow(ValueError("stop"))
    except ValueError as e:
        print("  athrow raised", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("  exhausted")
    await g.aclose()
    return "manual done"


print(run(manual()))


async def squares(n):
    for i in range(n):
        yield i * i


async def comps():
    a = [x async for x in squares(5)]
    b = {x: -x async for x in squares(3) if x}
    c = {x % 3 async for x in squares(6)}
    g = (x + 1 async for x in squares(3))
    d = [y async for y in g]
    return a, b, sorted(c), d


print(run(comps()))


async def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("  got GeneratorExit")
        raise


async def close_it():
    g = catcher()
    print("  first", await g.__anext__())
    await g.aclose()
    print("  closed; again:", await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("  StopAsyncIteration after close")


run(close_it())


async def stubborn():
    try:
        yield 1
    finally:
        yield 2


async def ignore_exit():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("  RuntimeError:", e)


run(ignore_exit())


async def raises_stop():
    yield 1
    raise StopAsyncIteration


async def bad_stop():
    try:
        async for x in raises_stop():
            print("  item", x)
    except RuntimeError as e:
        print("  RuntimeError:", e)


run(bad_stop())

print(type(squares(1)).__name__, squares.__name__)
ag = squares(2)
print(ag.ag_running, ag.ag_await, type(ag.__anext__()).__name__, type(ag.aclose()).__name__)
