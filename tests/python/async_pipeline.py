# A larger interleaving: a three-stage pipeline of tasks with bounded queues,
# plus a worker pool; checks ordering is the same as CPython's step for step.
import asyncio


async def source(out_q, n, log):
    for i in range(n):
        await out_q.put(i)
        log.append('src %d' % i)
    await out_q.put(None)


async def stage(name, in_q, out_q, fn, log):
    while True:
        item = await in_q.get()
        if item is None:
            await out_q.put(None)
            log.append(name + ' end')
            return
        await asyncio.sleep(0)
        value = fn(item)
        log.append('%s %r->%r' % (name, item, value))
        await out_q.put(value)


async def sink(in_q, log):
    total = []
    while True:
        item = await in_q.get()
        if item is None:
            return total
        log.append('sink %r' % (item,))
        total.append(item)


async def pool_worker(wid, jobs, results, log):
    while True:
        job = await jobs.get()
        try:
            for _ in range(job % 3):
                await asyncio.sleep(0)
            log.append('w%d job%d' % (wid, job))
            results.append((job, wid))
        finally:
            jobs.task_done()


async def main():
    log = []
    q1, q2, q3 = asyncio.Queue(2), asyncio.Queue(1), asyncio.Queue(3)
    tasks = [
        asyncio.create_task(source(q1, 6, log)),
        asyncio.create_task(stage('double', q1, q2, lambda x: x * 2, log)),
        asyncio.create_task(stage('inc', q2, q3, lambda x: x + 1, log)),
    ]
    total = await sink(q3, log)
    await asyncio.gather(*tasks)
    print(total)
    for line in log:
        print(line)

    log = []
    jobs = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(pool_worker(i, jobs, results, log)) for i in range(3)]
    for j in range(10):
        jobs.put_nowait(j)
    await jobs.join()
    for w in workers:
        w.cancel()
    outcome = await asyncio.gather(*workers, return_exceptions=True)
    print([type(o).__name__ for o in outcome])
    print(log)
    print(sorted(results))


asyncio.run(main())
