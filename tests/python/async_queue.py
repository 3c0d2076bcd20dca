# Queue, LifoQueue, PriorityQueue: producers/consumers, bounds, join().
import asyncio


async def producer(q, name, items):
    for item in items:
        print(name, 'put', item)
        await q.put(item)
    print(name, 'done')


async def consumer(q, name, count):
    got = []
    for _ in range(count):
        item = await q.get()
        print(name, 'got', item)
        got.append(item)
        q.task_done()
    return got


async def main():
    q = asyncio.Queue(maxsize=2)
    print('maxsize', q.maxsize, 'empty', q.empty(), 'full', q.full(), 'qsize', q.qsize())
    c = asyncio.create_task(consumer(q, 'C', 5))
    p = asyncio.create_task(producer(q, 'P', [1, 2, 3, 4, 5]))
    await asyncio.gather(p, c)
    print('consumer got', c.result())

    q = asyncio.Queue()
    q.put_nowait('a')
    q.put_nowait('b')
    print('qsize', q.qsize(), 'full', q.full())
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')

    q = asyncio.Queue(1)
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull:
        print('QueueFull')
    print(str(q))

    # join() waits for task_done() of every item.
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)

    async def worker():
        while True:
            item = await q.get()
            await asyncio.sleep(0.001)
            print('processed', item)
            q.task_done()
    w = asyncio.create_task(worker())
    await q.join()
    print('joined; unfinished =', q._unfinished_tasks if hasattr(q, '_unfinished_tasks') else 0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print('worker cancelled')
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)

    lq = asyncio.LifoQueue()
    for i in range(4):
        await lq.put(i)
    print('lifo', [lq.get_nowait() for _ in range(4)])

    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (4, 'd'), (2, 'b'), (0, 'z')]:
        pq.put_nowait(item)
    print('priority', [await pq.get() for _ in range(5)])

    # Several getters wait in FIFO order.
    q = asyncio.Queue()

    async def getter(name):
        item = await q.get()
        print(name, 'received', item)
    gs = [asyncio.create_task(getter('g%d' % i)) for i in range(3)]
    await asyncio.sleep(0)
    for item in 'xyz':
        q.put_nowait(item)
    await asyncio.gather(*gs)

    # A cancelled getter does not lose an item.
    q = asyncio.Queue()
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    g1.cancel()
    q.put_nowait('only')
    print('g2 got', await g2, 'g1 cancelled', g1.cancelled())

    # Blocked putters resume in order as space frees up.
    q = asyncio.Queue(1)
    await q.put('first')

    async def putter(v):
        await q.put(v)
        print('put', v)
    ps = [asyncio.create_task(putter(v)) for v in ('second', 'third')]
    await asyncio.sleep(0)
    print('take', q.get_nowait())
    await asyncio.sleep(0)
    print('take', q.get_nowait())
    await asyncio.sleep(0)
    print('take', q.get_nowait())
    await asyncio.gather(*ps)


asyncio.run(main())
