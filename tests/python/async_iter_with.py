# async for / async with / async generators / custom awaitables driven by tasks.
import asyncio


async def ticker(name, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield '%s%d' % (name, i)


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        print('open', self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print('close', self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError   # swallow KeyError only


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n


class Later:
    """An awaitable built from a future, completed by a timer."""

    def __init__(self, value, delay):
        self.value = value
        self.delay = delay

    def __await__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        loop.call_later(self.delay, fut.set_result, self.value)
        result = yield from fut.__await__()
        return ('later', result)


async def consume(name, n, delay, log):
    async for item in ticker(name, n, delay):
        log.append(item)


async def main():
    log = []
    await asyncio.gather(consume('a', 3, 0, log), consume('b', 2, 0, log))
    print(log)

    print([x async for x in ticker('c', 3, 0)])
    print([x async for x in Countdown(4) if x % 2 == 0])

    async with Resource('r1') as r:
        print('inside', r.name)
    async with Resource('r2'):
        raise KeyError('swallowed')
    try:
        async with Resource('r3'):
            raise ValueError('propagates')
    except ValueError as e:
        print('propagated', e)

    print(await Later('v', 0.001))
    t = asyncio.ensure_future(Later('w', 0))
    print('ensure_future of awaitable is a Task:', isinstance(t, asyncio.Task))
    print(await t)
    print(await asyncio.gather(Later(1, 0.002), Later(2, 0.001)))

    # Closing an async generator runs its finally block.
    async def guarded():
        try:
            yield 1
            yield 2
        finally:
            await asyncio.sleep(0)
            print('guarded cleanup')
    agen = guarded()
    print('first', await agen.__anext__())
    await agen.aclose()
    print('closed')

    # asend / athrow.
    async def echo():
        received = None
        while True:
            try:
                received = yield received
            except ValueError as e:
                received = 'handled ' + str(e)
    agen = echo()
    print(await agen.asend(None), await agen.asend('hello'), await agen.athrow(ValueError('oops')))
    await agen.aclose()

    # Async generators in concurrent tasks interleave on sleep(0).
    order = []

    async def pump(name):
        async for x in ticker(name, 3, 0):
            order.append(x)
    await asyncio.gather(pump('p'), pump('q'))
    print(order)


asyncio.run(main())
