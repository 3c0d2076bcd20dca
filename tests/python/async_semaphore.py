# Semaphore limits concurrency; BoundedSemaphore refuses extra releases.
import asyncio


async def main():
    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0
    log = []

    async def job(n):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            log.append('start %d' % n)
            for _ in range(n % 3 + 1):
                await asyncio.sleep(0)
            log.append('end %d' % n)
            active -= 1
    await asyncio.gather(*(job(i) for i in range(6)))
    print('peak', peak)
    print(log)

    sem = asyncio.Semaphore(1)
    print('locked', sem.locked())
    await sem.acquire()
    print('locked', sem.locked())
    sem.release()
    sem.release()
    print('value can exceed initial: locked', sem.locked())

    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)

    bs = asyncio.BoundedSemaphore(2)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print('ValueError:', e)

    # Waiters are served in FIFO order.
    sem = asyncio.Semaphore(0)
    order = []

    async def waiter(n):
        await sem.acquire()
        order.append(n)
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    for _ in range(3):
        sem.release()
        await asyncio.sleep(0)
    await asyncio.gather(*ws)
    print('order', order)

    # A cancelled waiter does not consume a permit.
    sem = asyncio.Semaphore(0)
    w1 = asyncio.create_task(sem.acquire())
    w2 = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    w1.cancel()
    await asyncio.sleep(0)
    sem.release()
    print('w2 acquired', await w2, 'w1 cancelled', w1.cancelled(), 'locked', sem.locked())


asyncio.run(main())
