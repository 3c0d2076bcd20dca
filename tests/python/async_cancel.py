# Task.cancel(): CancelledError thrown into the coroutine, cleanup, swallowing.
import asyncio


async def sleeper(tag):
    try:
        print(tag, 'sleeping')
        await asyncio.sleep(10)
        print(tag, 'woke (unexpected)')
    except asyncio.CancelledError:
        print(tag, 'got CancelledError')
        raise
    finally:
        print(tag, 'finally')


async def swallower():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('swallower caught it')
    return 'survived'


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('inner cancelled')
        raise


async def outer():
    try:
        await inner()
    except asyncio.CancelledError:
        print('outer cancelled')
        raise


async def waits_on_task(t):
    try:
        await t
    except asyncio.CancelledError:
        print('waiter saw cancellation of awaited task')
        raise


async def main():
    t = asyncio.create_task(sleeper('A'))
    await asyncio.sleep(0)
    print('cancel ->', t.cancel())
    print('cancelled() right after cancel:', t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print('awaiting cancelled task raised CancelledError')
    print('cancelled', t.cancelled(), 'done', t.done())
    print('second cancel ->', t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print('result() raised CancelledError')
    try:
        t.exception()
    except asyncio.CancelledError:
        print('exception() raised CancelledError')

    # Cancelled before it ever ran: the coroutine body never starts.
    t = asyncio.create_task(sleeper('B'))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('B cancelled before start', t.cancelled())

    # A coroutine may swallow the cancellation.
    t = asyncio.create_task(swallower())
    await asyncio.sleep(0)
    t.cancel()
    print('swallower result', await t, t.cancelled())

    # Cancellation goes through a chain of awaits.
    t = asyncio.create_task(outer())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('outer task cancelled', t.cancelled())

    # Cancelling a task that awaits another task cancels the inner one too.
    inner_task = asyncio.create_task(sleeper('C'))
    waiter = asyncio.create_task(waits_on_task(inner_task))
    await asyncio.sleep(0)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        pass
    print('waiter', waiter.cancelled(), 'inner', inner_task.cancelled())

    # Cancelling a finished task does nothing.
    done_task = asyncio.create_task(asyncio.sleep(0, 'v'))
    await done_task
    print('cancel done task ->', done_task.cancel(), done_task.result())

    # Cancel while the task is running its own step (it cancels itself).
    async def self_cancel():
        asyncio.current_task().cancel()
        print('still running after self-cancel')
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            print('self-cancel delivered at next await')
            raise
    t = asyncio.create_task(self_cancel())
    try:
        await t
    except asyncio.CancelledError:
        print('self-cancelled', t.cancelled())

    # Cancelling a plain future that a task waits on.
    fut = asyncio.get_running_loop().create_future()

    async def wait_fut():
        try:
            await fut
        except asyncio.CancelledError:
            print('future cancelled under the task')
            return 'handled'
    t = asyncio.create_task(wait_fut())
    await asyncio.sleep(0)
    fut.cancel()
    print('wait_fut result', await t)


asyncio.run(main())


# The main coroutine itself being cancelled makes run() raise CancelledError.
async def cancel_main():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)

try:
    asyncio.run(cancel_main())
except asyncio.CancelledError:
    print('run raised CancelledError')
