# Future API: states, results, exceptions, callbacks and their order.
import asyncio


def show(label, fut):
    print(label, 'done', fut.done(), 'cancelled', fut.cancelled())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    show('new', fut)
    print(repr(fut))
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    try:
        fut.exception()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)

    calls = []
    fut.add_done_callback(lambda f: calls.append(('first', f.result())))

    def second(f):
        calls.append(('second', f.result()))
    fut.add_done_callback(second)
    fut.add_done_callback(second)
    fut.add_done_callback(lambda f: calls.append(('third', f.result())))
    print('removed', fut.remove_done_callback(second))
    print('removed again', fut.remove_done_callback(second))
    fut.set_result(42)
    show('set', fut)
    print(repr(fut))
    print('callbacks not run synchronously:', calls)
    await asyncio.sleep(0)
    print('after one turn:', calls)
    print('result', fut.result(), 'exception', fut.exception())
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    try:
        fut.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    print('cancel finished ->', fut.cancel())

    # Callback added to a done future is scheduled soon, not called now.
    fut.add_done_callback(lambda f: print('late callback'))
    print('late callback not yet')
    await asyncio.sleep(0)

    fut = loop.create_future()
    fut.set_exception(ValueError('bad value'))
    print(repr(fut))
    print('exception', repr(fut.exception()))
    try:
        fut.result()
    except ValueError as e:
        print('result raised', repr(e))

    fut = loop.create_future()
    fut.set_exception(KeyError)
    print('class becomes instance:', repr(fut.exception()))

    fut = loop.create_future()
    try:
        fut.set_exception(StopIteration())
    except TypeError as e:
        print('TypeError:', e)

    fut = loop.create_future()
    fut.add_done_callback(lambda f: print('cancel callback, cancelled =', f.cancelled()))
    print('cancel ->', fut.cancel(), 'again ->', fut.cancel())
    print(repr(fut))
    await asyncio.sleep(0)
    try:
        fut.result()
    except asyncio.CancelledError:
        print('result of cancelled future raises CancelledError')

    # Awaiting a future completed later by a timer.
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 'from timer')
    print('awaited', await fut)

    # Awaiting an already finished future does not suspend.
    fut = loop.create_future()
    fut.set_result('instant')
    print('awaited', await fut)

    # Callbacks of several futures run in completion order.
    order = []
    f1, f2, f3 = loop.create_future(), loop.create_future(), loop.create_future()
    for name, f in (('f1', f1), ('f2', f2), ('f3', f3)):
        f.add_done_callback(lambda f, name=name: order.append(name))
    f3.set_result(None)
    f1.set_result(None)
    f2.cancel()
    await asyncio.sleep(0)
    print('order', order)

    print('isfuture', asyncio.isfuture(fut), asyncio.isfuture(asyncio.sleep), asyncio.isfuture(1))
    print('get_loop', fut.get_loop() is loop)
    t = asyncio.ensure_future(asyncio.sleep(0, 'via ensure_future'))
    print('ensure_future gives a Task:', isinstance(t, asyncio.Task), isinstance(t, asyncio.Future))
    print(await t)
    print('ensure_future keeps futures:', asyncio.ensure_future(fut) is fut)
    try:
        asyncio.ensure_future(123)
    except TypeError as e:
        print('TypeError:', e)

    # Results that are printed in the repr.
    fut = loop.create_future()
    fut.set_result([1, 2, 3])
    print(repr(fut))
    fut = loop.create_future()
    fut.set_result(None)
    print(repr(fut))

    # Task-only restrictions.
    task = asyncio.create_task(asyncio.sleep(0))
    try:
        task.set_result(1)
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        task.set_exception(ValueError())
    except RuntimeError as e:
        print('RuntimeError:', e)
    await task


asyncio.run(main())

loop = asyncio.new_event_loop()
fut = asyncio.Future(loop=loop)
print('future bound to', fut.get_loop() is loop)
loop.call_soon(fut.set_result, 'done by run_until_complete')
print(loop.run_until_complete(fut))
loop.close()
