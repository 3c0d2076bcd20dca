# gather(): argument-order results, return_exceptions, failure, cancellation.
import asyncio


async def value(v, delay):
    await asyncio.sleep(delay)
    print('value', v)
    return v


async def boom(msg, delay):
    await asyncio.sleep(delay)
    print('boom', msg)
    raise ValueError(msg)


async def main():
    print(await asyncio.gather(value(1, 0.02), value(2, 0.0), value(3, 0.01)))
    print(await asyncio.gather())
    res = await asyncio.gather(value('a', 0), boom('x', 0), value('b', 0),
                               return_exceptions=True)
    print([type(r).__name__ + ':' + str(r) for r in res])
    try:
        await asyncio.gather(value('c', 0.1), boom('first', 0.0), boom('second', 0.05))
    except ValueError as e:
        print('gather raised', e)
    await asyncio.sleep(0.15)   # the other children kept running
    print('---')

    # The same awaitable twice is run once.
    t = asyncio.create_task(value('shared', 0))
    print(await asyncio.gather(t, t, value('other', 0)))

    # Cancelling the gather future cancels its children.
    c1 = asyncio.create_task(value('c1', 10))
    c2 = asyncio.create_task(value('c2', 10))
    g = asyncio.gather(c1, c2)
    await asyncio.sleep(0)
    print('cancel gather ->', g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled', c1.cancelled(), c2.cancelled(), g.cancelled())

    # A cancelled child with return_exceptions becomes a CancelledError entry.
    c3 = asyncio.create_task(value('c3', 10))
    g = asyncio.gather(c3, value('c4', 0), return_exceptions=True)
    await asyncio.sleep(0)
    c3.cancel()
    res = await g
    print([type(r).__name__ for r in res])

    # A cancelled child without return_exceptions fails the gather.
    c5 = asyncio.create_task(value('c5', 10))
    g = asyncio.gather(c5, value('c6', 0.01))
    await asyncio.sleep(0)
    c5.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather raised CancelledError, gather.cancelled():', g.cancelled())
    await asyncio.sleep(0.02)

    # Plain futures can be gathered.
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f2 = loop.create_future()
    loop.call_later(0.01, f1.set_result, 'f1')
    loop.call_soon(f2.set_result, 'f2')
    print(await asyncio.gather(f1, f2))

    # Nested gathers.
    print(await asyncio.gather(asyncio.gather(value(1, 0), value(2, 0)),
                               asyncio.gather(value(3, 0))))


asyncio.run(main())
