# wait(): FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, timeout.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    def make():
        return [asyncio.create_task(job('slow', 0.3), name='slow'),
                asyncio.create_task(job('fast', 0.001), name='fast'),
                asyncio.create_task(job('bad', 0.15, True), name='bad')]

    ts = make()
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print('FIRST_COMPLETED', names(done), names(pending))
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print('FIRST_EXCEPTION', names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print('ALL_COMPLETED', names(done), names(pending))
    for t in ts:
        if t.exception() is not None:
            print(t.get_name(), 'exception', repr(t.exception()))
        else:
            print(t.get_name(), 'result', t.result())

    ts = make()
    done, pending = await asyncio.wait(ts, timeout=0.08)
    print('timeout', names(done), names(pending))
    print('pending still running:', [t.done() for t in sorted(pending, key=lambda t: t.get_name())])
    await asyncio.wait(pending)
    print('now all done', all(t.done() for t in ts))
    print([repr(t.exception()) for t in ts])

    # FIRST_EXCEPTION with no exception waits for everything.
    ts = [asyncio.create_task(job('x%d' % i, 0.001 * i), name='x%d' % i) for i in range(3)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print('no exception', names(done), names(pending))

    # Futures that are already done.
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result(1)
    done, pending = await asyncio.wait([f])
    print('already done', len(done), len(pending))

    try:
        await asyncio.wait([])
    except ValueError:
        print('ValueError for empty set')
    try:
        await asyncio.wait([f], return_when='bogus')
    except ValueError as e:
        print('ValueError:', e)
    try:
        await asyncio.wait(f)
    except TypeError as e:
        print('TypeError:', e)

    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)


asyncio.run(main())
