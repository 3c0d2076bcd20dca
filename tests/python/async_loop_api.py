# The event loop itself: call_soon/call_later/call_at ordering, handles,
# run_forever/stop, run_until_complete, close, exception handler.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print('get_event_loop is the set loop:', asyncio.get_event_loop() is loop)
print('running', loop.is_running(), 'closed', loop.is_closed(), 'debug', loop.get_debug())

out = []
loop.call_soon(out.append, 1)
h = loop.call_soon(out.append, 'cancelled')
loop.call_soon(out.append, 2)
print('handle cancelled?', h.cancelled())
h.cancel()
print('handle cancelled?', h.cancelled())
loop.call_later(0.1, out.append, 'later 0.1')
loop.call_later(0.05, out.append, 'later 0.05')
th = loop.call_later(0.025, out.append, 'cancelled timer')
th.cancel()
loop.call_at(loop.time() + 0.075, out.append, 'at +0.075')
loop.call_later(0, out.append, 'later 0')
print('timer when in future:', th.when() > loop.time() - 1)
loop.call_later(0.15, loop.stop)
loop.run_forever()
print(out)


# Callbacks scheduled by callbacks run in the next iteration.
out = []


def chain(n):
    out.append('chain%d' % n)
    if n < 3:
        loop.call_soon(chain, n + 1)


def other(n):
    out.append('other%d' % n)
    if n < 3:
        loop.call_soon(other, n + 1)

loop.call_soon(chain, 0)
loop.call_soon(other, 0)
loop.call_soon(loop.stop)
loop.run_forever()
print('after first stop:', out)
loop.call_soon(loop.stop)
loop.run_forever()
print('after second stop:', out)


# stop() before run_forever(): runs one iteration then stops.
out = []
loop.stop()
loop.call_soon(out.append, 'ran')
loop.run_forever()
print('stop before run_forever:', out)


async def coro(x):
    await asyncio.sleep(0.001)
    return x * 2

print('run_until_complete', loop.run_until_complete(coro(21)))
task = loop.create_task(coro(5))
print('task result', loop.run_until_complete(task))


async def nested_run():
    inner = coro(1)
    try:
        loop.run_until_complete(inner)
    except RuntimeError as e:
        print('RuntimeError:', e)
    inner.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        loop.close()
    except RuntimeError as e:
        print('RuntimeError:', e)

loop.run_until_complete(nested_run())


# Custom exception handler receives errors of callbacks.
class Boom:
    def fire(self):
        raise ZeroDivisionError('in callback')

    def __repr__(self):
        return '<Boom>'


def handler(lp, context):
    print('handler:', lp is loop, context['message'], repr(context['exception']), sorted(context))

loop.set_exception_handler(handler)
print('handler installed', loop.get_exception_handler() is handler)
loop.call_soon(Boom().fire)
loop.call_soon(print, 'loop keeps running after the error')
loop.call_soon(loop.stop)
loop.run_forever()


def bad_handler(lp, context):
    raise RuntimeError('handler broken')

loop.set_exception_handler(None)
try:
    loop.set_exception_handler(42)
except TypeError as e:
    print('TypeError:', e)


# call_exception_handler with a custom handler.
loop.set_exception_handler(handler)
loop.call_exception_handler({'message': 'custom message', 'exception': KeyError('k'), 'extra': 1})
loop.set_exception_handler(None)


# Stopping the loop before the future is done.
fut = loop.create_future()
loop.call_soon(loop.stop)
try:
    loop.run_until_complete(fut)
except RuntimeError as e:
    print('RuntimeError:', e)


# The time is monotonic.
t1 = loop.time()
t2 = loop.time()
print('monotonic', t2 >= t1)

loop.close()
print('closed', loop.is_closed())
loop.close()   # closing twice is fine
try:
    loop.call_soon(print, 'x')
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    loop.run_forever()
except RuntimeError as e:
    print('RuntimeError:', e)
c = coro(1)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print('RuntimeError:', e)
c.close()
asyncio.set_event_loop(None)

loop2 = asyncio.new_event_loop()
print('new loop differs', loop2 is not loop)
loop2.close()
