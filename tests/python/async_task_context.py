# Each Task runs in a copy of the context current when it was created.
import asyncio
import contextvars

request = contextvars.ContextVar('request', default='none')


async def handler(name):
    print(name, 'starts with', request.get())
    request.set(name)
    await asyncio.sleep(0)
    print(name, 'still sees', request.get())
    return request.get()


async def main():
    request.set('main')
    results = await asyncio.gather(handler('h1'), handler('h2'))
    print('results', results, 'main sees', request.get())

    request.set('before task')
    t = asyncio.create_task(handler('h3'))
    request.set('after task')   # not seen by the task: it copied earlier
    await t
    print('main sees', request.get())

    # A plain await runs in the caller's context (no copy).
    await handler('direct')
    print('after direct await main sees', request.get())

    # Callbacks run in the context that was current when they were scheduled
    # (a copy), or in an explicit one.
    loop = asyncio.get_running_loop()
    request.set('for callback')
    fut = loop.create_future()
    loop.call_soon(lambda: print('call_soon sees', request.get()))
    ctx = contextvars.copy_context()
    ctx.run(request.set, 'explicit')
    loop.call_soon(lambda: print('explicit context sees', request.get()), context=ctx)
    fut.add_done_callback(lambda f: print('done callback sees', request.get()))
    request.set('changed later')
    fut.set_result(None)
    await asyncio.sleep(0)
    await asyncio.sleep(0)

    # Tasks created with a context from another task.
    async def child():
        return request.get()
    request.set('parent value')
    print('child sees', await asyncio.create_task(child()))


asyncio.run(main())
print('outside run:', request.get())
