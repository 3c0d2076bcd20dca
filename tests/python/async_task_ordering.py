# Interleaving of tasks: creation order, sleep(0) turns, names, current_task.
import asyncio

log = []


async def worker(name, steps):
    for i in range(steps):
        log.append('%s%d' % (name, i))
        await asyncio.sleep(0)
    log.append(name + '-done')
    return name


async def spawner():
    t1 = asyncio.create_task(worker('a', 3))
    t2 = asyncio.create_task(worker('b', 1))
    log.append('spawned')
    t3 = asyncio.create_task(worker('c', 2))
    log.append('before await')
    r = await t1
    log.append('got ' + r)
    await t2
    await t3
    return [t1.result(), t2.result(), t3.result()]


async def names():
    t = asyncio.create_task(asyncio.sleep(0))
    u = asyncio.create_task(asyncio.sleep(0), name='custom')
    v = asyncio.create_task(asyncio.sleep(0))
    print(t.get_name(), u.get_name(), v.get_name())
    v.set_name(12345)
    print(repr(v.get_name()))
    me = asyncio.current_task()
    print('current', me.get_name())
    await asyncio.gather(t, u, v)
    print('pending tasks', len(asyncio.all_tasks()))
    print('current in all_tasks', me in asyncio.all_tasks())


async def main():
    print(await spawner())
    print(log)
    await names()


asyncio.run(main())


# Ordering of plain callbacks mixed with task steps.
async def chatty(tag, loop):
    print('task', tag, 'step 1')
    loop.call_soon(print, 'callback from', tag)
    await asyncio.sleep(0)
    print('task', tag, 'step 2')


async def main2():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, 'cb before tasks')
    t1 = asyncio.create_task(chatty('x', loop))
    t2 = asyncio.create_task(chatty('y', loop))
    loop.call_soon(print, 'cb after tasks')
    print('main awaits')
    await t1
    print('t1 done, t2 done?', t2.done())
    await t2


asyncio.run(main2())


async def yielder(tag, n):
    for i in range(n):
        await asyncio.sleep(0)
    print(tag, 'finished')


async def main3():
    tasks = [asyncio.create_task(yielder(t, n)) for t, n in [('p', 3), ('q', 1), ('r', 2), ('s', 0)]]
    done = await asyncio.gather(*tasks)
    print(len(done))


asyncio.run(main3())
