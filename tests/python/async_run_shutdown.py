# asyncio.run() cancels the tasks still pending when main returns.
import asyncio


async def forever():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print('leftover task cancelled at shutdown')
        raise
    finally:
        print('leftover finally ran')


async def main():
    t = asyncio.create_task(forever())
    await asyncio.sleep(0)
    print('main returning; leftover done?', t.done())
    return 'main done'

print(asyncio.run(main()))


async def stubborn():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print('stubborn swallowed cancel')
    return 'stubborn result'


async def main2():
    asyncio.create_task(stubborn())
    await asyncio.sleep(0)

asyncio.run(main2())


async def failing_leftover():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        raise ValueError('raised during shutdown')


def handler(loop, context):
    print('handler:', context['message'], repr(context['exception']))


async def main3():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(failing_leftover())
    await asyncio.sleep(0)

asyncio.run(main3())


# A task that finishes during shutdown is not reported.
async def main4():
    async def quick():
        await asyncio.sleep(0)
        return 1
    asyncio.create_task(quick())

asyncio.run(main4())
print('all runs finished')
