# asyncio.run: results, nested awaits, exceptions, and the run() guards.
import asyncio


async def add(a, b):
    return a + b


async def nested(n):
    if n == 0:
        return 0
    return n + await nested(n - 1)


async def fails():
    raise KeyError('missing')


async def main():
    print('add', await add(2, 3))
    print('nested', await nested(10))
    try:
        await fails()
    except KeyError as e:
        print('caught', repr(e))
    loop = asyncio.get_running_loop()
    print('running loop is event loop:', loop is asyncio.get_event_loop())
    print('is_running', loop.is_running(), 'is_closed', loop.is_closed())
    pending = add(1, 2)
    try:
        asyncio.run(pending)
    except RuntimeError as e:
        print('RuntimeError:', e)
    pending.close()
    return 'main result'


print(asyncio.run(main()))

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)

try:
    asyncio.run(fails())
except KeyError as e:
    print('run raised', repr(e))

try:
    asyncio.run(42)
except ValueError as e:
    print('ValueError:', e)


def plain():
    return 1


async def coro_fn():
    return 1


class C:
    async def method(self):
        return 2

    def sync(self):
        return 3


print('iscoroutinefunction', asyncio.iscoroutinefunction(coro_fn),
      asyncio.iscoroutinefunction(plain), asyncio.iscoroutinefunction(C().method),
      asyncio.iscoroutinefunction(C.method), asyncio.iscoroutinefunction(C().sync),
      asyncio.iscoroutinefunction(len))
c = coro_fn()
print('iscoroutine', asyncio.iscoroutine(c), asyncio.iscoroutine(plain), asyncio.iscoroutine(1))
print('run result', asyncio.run(c))

# asyncio.run closes its loop: a second run gets a fresh one.
loops = []


async def remember():
    loops.append(asyncio.get_running_loop())

asyncio.run(remember())
asyncio.run(remember())
print('distinct loops', loops[0] is not loops[1], loops[0].is_closed(), loops[1].is_closed())
print('CancelledError is BaseException:', issubclass(asyncio.CancelledError, BaseException),
      issubclass(asyncio.CancelledError, Exception))
print('InvalidStateError', issubclass(asyncio.InvalidStateError, Exception))
print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))
