# wait_for(): results in time, TimeoutError (cancelling the inner task), no timeout.
import asyncio


async def slow(tag, delay):
    try:
        await asyncio.sleep(delay)
        print(tag, 'finished')
        return tag
    except asyncio.CancelledError:
        print(tag, 'cancelled by timeout')
        raise


async def quick_fail():
    await asyncio.sleep(0)
    raise ValueError('inner failure')


async def main():
    print('fast', await asyncio.wait_for(slow('fast', 0.001), timeout=1))
    try:
        await asyncio.wait_for(slow('slow', 10), timeout=0.01)
    except asyncio.TimeoutError as e:
        print('TimeoutError raised', type(e).__name__, repr(str(e)))
    print('no timeout', await asyncio.wait_for(slow('none', 0.001), None))
    try:
        await asyncio.wait_for(quick_fail(), 1)
    except ValueError as e:
        print('inner exception passes through:', e)

    # A task passed to wait_for is cancelled on timeout.
    t = asyncio.create_task(slow('task', 10))
    try:
        await asyncio.wait_for(t, 0.01)
    except asyncio.TimeoutError:
        print('task cancelled?', t.cancelled())

    # timeout <= 0 with an unfinished awaitable.
    try:
        await asyncio.wait_for(slow('zero', 10), 0)
    except asyncio.TimeoutError:
        print('zero timeout -> TimeoutError')

    # timeout <= 0 with a finished future returns its result.
    fut = asyncio.get_running_loop().create_future()
    fut.set_result('ready')
    print('zero timeout on done future', await asyncio.wait_for(fut, 0))

    # shield keeps the inner task running after the timeout.
    inner = asyncio.create_task(slow('shielded', 0.3))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.05)
    except asyncio.TimeoutError:
        print('timed out; inner cancelled?', inner.cancelled())
    print('inner result', await inner)

    # Nested timeouts: the inner, shorter one fires first.
    try:
        await asyncio.wait_for(asyncio.wait_for(slow('nested', 10), 0.01), 5)
    except asyncio.TimeoutError:
        print('nested inner timeout')

    # Cancelling the task that runs wait_for cancels the awaited task too.
    victim = asyncio.create_task(slow('victim', 10))

    async def runner():
        await asyncio.wait_for(victim, 10)
    r = asyncio.create_task(runner())
    await asyncio.sleep(0.005)
    r.cancel()
    try:
        await r
    except asyncio.CancelledError:
        print('runner cancelled, victim cancelled:', victim.cancelled())


asyncio.run(main())
print('TimeoutError is Exception subclass:', issubclass(asyncio.TimeoutError, Exception))
