# Asynchronous generators abandoned before exhaustion are closed by the
# event loop: an `async for` left with break gets its generator closed in a
# later loop iteration (the loop's finalizer hook schedules aclose()), and
# generators still open when asyncio.run() finishes are closed by
# loop.shutdown_asyncgens().
import asyncio


async def numbers(tag):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print(tag, 'cleanup starts')
        await asyncio.sleep(0)   # awaiting in finally needs the event loop
        print(tag, 'cleanup done')


async def main():
    async for x in numbers('broken'):
        if x == 2:
            break
    print('after break')
    await asyncio.sleep(0)
    print('after one turn')
    await asyncio.sleep(0)
    print('after two turns')

    global kept
    kept = numbers('kept')
    print('first of kept:', await kept.__anext__())

    # An explicit aclose() runs the cleanup right away.
    closed = numbers('closed')
    await closed.__anext__()
    await closed.aclose()
    print('aclose returned')
    print('main returns')


asyncio.run(main())
print('after asyncio.run')
