# Lock: mutual exclusion, FIFO hand-off, async with, misuse errors.
import asyncio


async def critical(lock, name, log):
    async with lock:
        log.append(name + ' in')
        await asyncio.sleep(0.001)
        log.append(name + ' out')


async def main():
    lock = asyncio.Lock()
    print('locked', lock.locked())
    log = []
    await asyncio.gather(*(critical(lock, n, log) for n in 'abcd'))
    print(log)

    print('acquire ->', await lock.acquire(), lock.locked())
    lock.release()
    print('released', lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)

    # Waiters get the lock in arrival order.
    order = []

    async def waiter(n):
        await lock.acquire()
        order.append(n)
        await asyncio.sleep(0)
        lock.release()
    await lock.acquire()
    ws = [asyncio.create_task(waiter(i)) for i in range(4)]
    await asyncio.sleep(0)
    lock.release()
    await asyncio.gather(*ws)
    print('order', order)

    # A cancelled waiter is skipped.
    await lock.acquire()
    w1 = asyncio.create_task(waiter('w1'))
    w2 = asyncio.create_task(waiter('w2'))
    await asyncio.sleep(0)
    w1.cancel()
    lock.release()
    await asyncio.sleep(0.01)
    print('order', order, 'w1 cancelled', w1.cancelled(), 'locked', lock.locked())

    # Exceptions inside `async with` release the lock.
    try:
        async with lock:
            raise KeyError('inside')
    except KeyError:
        print('after exception, locked =', lock.locked())

    async with lock as value:
        print('async with binds', value)


asyncio.run(main())
