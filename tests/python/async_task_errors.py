# Exceptions in tasks: propagation to awaiters, exception(), reports of
# exceptions nobody retrieved (through a custom exception handler).
import asyncio


async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


def handler(loop, context):
    print('HANDLER:', context['message'], '|', repr(context.get('exception')),
          '|', sorted(context))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)

    t = asyncio.create_task(fail('awaited'))
    try:
        await t
    except ValueError as e:
        print('await raised', e, '; same object:', e is t.exception())

    t = asyncio.create_task(fail('inspected'))
    await asyncio.sleep(0.001)
    print('done', t.done(), 'exception', repr(t.exception()))
    del t
    print('after dropping inspected task')

    t = asyncio.create_task(fail('ignored'))
    await asyncio.sleep(0.001)
    print('dropping ignored task')
    del t
    print('after dropping ignored task')

    fut = loop.create_future()
    fut.set_exception(KeyError('future'))
    del fut
    print('after dropping future')

    # Exceptions raised inside except blocks keep their context.
    async def chained():
        try:
            raise KeyError('first')
        except KeyError:
            raise RuntimeError('second')
    t = asyncio.create_task(chained())
    try:
        await t
    except RuntimeError as e:
        print('chained', repr(e), 'context', repr(e.__context__))

    # An exception escaping a callback goes to the handler too.
    class Cb:
        def __call__(self):
            raise OSError('callback failure')

        def __repr__(self):
            return '<Cb>'
    loop.call_soon(Cb())
    await asyncio.sleep(0)

    # SystemExit-like exceptions are not swallowed by tasks.
    async def exits():
        raise SystemExit(3)
    try:
        await exits()
    except SystemExit as e:
        print('SystemExit', e.code)

    # Errors raised by the task machinery.
    try:
        asyncio.get_running_loop().create_task(42)
    except TypeError as e:
        print('TypeError:', str(e).split(',')[0])

    async def await_self():
        await asyncio.current_task()
    t = asyncio.create_task(await_self())
    try:
        await t
    except RuntimeError as e:
        print('RuntimeError:', str(e).split(':')[0])

    async def bad_yield():
        class Weird:
            def __await__(self):
                yield 'not a future'
        await Weird()
    t = asyncio.create_task(bad_yield())
    try:
        await t
    except RuntimeError as e:
        print('RuntimeError:', e)


asyncio.run(main())
