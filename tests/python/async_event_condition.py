# Event and Condition.
import asyncio


async def main():
    ev = asyncio.Event()
    print('is_set', ev.is_set())

    async def waiter(n):
        print('waiter', n, 'waiting')
        r = await ev.wait()
        print('waiter', n, 'woke with', r)
        return n
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print('setting')
    ev.set()
    print('set done, is_set', ev.is_set())
    print(await asyncio.gather(*ws))
    print('wait on set event ->', await ev.wait())
    ev.clear()
    print('cleared', ev.is_set())

    # A timed-out wait leaves the event usable.
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except asyncio.TimeoutError:
        print('event wait timed out')
    asyncio.get_running_loop().call_later(0.005, ev.set)
    print('woken by timer:', await ev.wait())

    # Condition: notify wakes waiters one by one, in order.
    cond = asyncio.Condition()
    items = []

    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            item = items.pop(0)
            print('consumer', n, 'took', item)

    cs = [asyncio.create_task(consumer(i)) for i in range(3)]
    await asyncio.sleep(0)
    for item in ['x', 'y', 'z']:
        async with cond:
            items.append(item)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*cs)

    # notify_all and notify(n).
    woken = []

    async def sleeper(n):
        async with cond:
            await cond.wait()
            woken.append(n)
    ss = [asyncio.create_task(sleeper(i)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.001)
    print('after notify(2):', woken)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ss)
    print('after notify_all:', woken)

    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError:', e)

    # A condition sharing an existing lock.
    lock = asyncio.Lock()
    cond2 = asyncio.Condition(lock)
    async with cond2:
        print('lock held through condition:', lock.locked())
    print('lock released:', lock.locked())

    # Cancelling a condition waiter re-acquires the lock before raising.
    async def cancelled_waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print('cancelled waiter holds lock:', cond.locked())
                raise
    t = asyncio.create_task(cancelled_waiter())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled waiter done; lock now', cond.locked())


asyncio.run(main())
