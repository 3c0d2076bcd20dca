# sleep(): real timers ordered by deadline, results, sleep(0) as one turn.
import asyncio


async def sleeper(name, delay, log):
    value = await asyncio.sleep(delay, result=name.upper())
    log.append(value)
    return value


async def main():
    loop = asyncio.get_running_loop()
    log = []
    start = loop.time()
    await asyncio.gather(sleeper('c', 0.03, log), sleeper('a', 0.01, log),
                         sleeper('b', 0.02, log), sleeper('z', 0, log))
    elapsed = loop.time() - start
    print(log)
    print('took at least 0.03s:', elapsed >= 0.029)

    t0 = loop.time()
    await asyncio.sleep(0.02)
    print('sleep(0.02) waited >= 0.02:', loop.time() - t0 >= 0.019)

    print('sleep returns result:', await asyncio.sleep(0, 'zero'), await asyncio.sleep(0.001, 'short'))
    print('negative delay', await asyncio.sleep(-1, 'neg'))

    # sleep(0) lets every other ready task run exactly once.
    turns = []

    async def spinner(name):
        for i in range(3):
            turns.append(name + str(i))
            await asyncio.sleep(0)
    await asyncio.gather(spinner('x'), spinner('y'))
    print(turns)

    # A cancelled sleep leaves no pending timer behind that could fire.
    t = asyncio.create_task(asyncio.sleep(0.01, 'never'))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled sleep')
    await asyncio.sleep(0.02)

    # Many timers with distinct deadlines fire in deadline order.
    order = []
    delays = [0.004, 0.001, 0.003, 0.002, 0.0, 0.005]

    async def mark(i, d):
        await asyncio.sleep(d * 20)
        order.append(i)
    await asyncio.gather(*(mark(i, d) for i, d in enumerate(delays)))
    print('deadline order', order)


asyncio.run(main())
