# shield() and as_completed().
import asyncio


async def work(tag, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(tag, 'cancelled')
        raise
    print(tag, 'completed')
    return tag


async def fail(delay):
    await asyncio.sleep(delay)
    raise ValueError('failed after %s' % delay)


async def main():
    # Cancelling the waiter does not cancel the shielded task.
    gate = asyncio.get_running_loop().create_future()

    async def gated():
        await gate
        print('inner completed')
        return 'inner'
    inner = asyncio.create_task(gated())

    async def waiter():
        try:
            return await asyncio.shield(inner)
        except asyncio.CancelledError:
            print('waiter cancelled, inner cancelled?', inner.cancelled())
            raise
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.005)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        pass
    gate.set_result(None)
    print('inner result', await inner)

    # shield passes results and exceptions through.
    print('shield result', await asyncio.shield(work('plain', 0)))
    try:
        await asyncio.shield(fail(0))
    except ValueError as e:
        print('shield exception', e)

    # If the inner task itself is cancelled, the shield is cancelled too.
    inner = asyncio.create_task(work('inner2', 10))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled with inner:', outer.cancelled())

    # shield of a finished future returns it unchanged.
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(5)
    print('shield of done future is itself:', asyncio.shield(fut) is fut)

    # as_completed yields results in completion order.
    tasks = [asyncio.create_task(work('t%d' % i, d)) for i, d in enumerate([0.15, 0.05, 0.1, 0.0])]
    for next_done in asyncio.as_completed(tasks):
        print('as_completed ->', await next_done)

    # Exceptions come out of the awaitable for that completion.
    tasks = [asyncio.create_task(work('ok', 0.1)), asyncio.create_task(fail(0.05))]
    for next_done in asyncio.as_completed(tasks):
        try:
            print('result', await next_done)
        except ValueError as e:
            print('error', e)

    # With a timeout, the rest raise TimeoutError.
    tasks = [asyncio.create_task(work('quick', 0.001)), asyncio.create_task(work('slowpoke', 0.3))]
    got = []
    for next_done in asyncio.as_completed(tasks, timeout=0.1):
        try:
            got.append(await next_done)
        except asyncio.TimeoutError:
            got.append('timeout')
    print(got)
    await tasks[1]

    fut = asyncio.get_running_loop().create_future()
    try:
        for _ in asyncio.as_completed(fut):
            pass
    except TypeError as e:
        print('TypeError:', e)


asyncio.run(main())
