# contextlib: asynccontextmanager, AsyncExitStack, AbstractAsyncContextManager
# (needs async/await support)
import asyncio
from contextlib import asynccontextmanager, AsyncExitStack, AbstractAsyncContextManager

log = []


@asynccontextmanager
async def resource(name):
    log.append('open ' + name)
    try:
        yield name.upper()
    finally:
        log.append('close ' + name)


@asynccontextmanager
async def handler():
    try:
        yield
    except KeyError as e:
        log.append('handled %r' % e)


class Conn(AbstractAsyncContextManager):
    async def __aexit__(self, *exc):
        log.append('conn exit %s' % (exc[0].__name__ if exc[0] else None))


async def main():
    async with resource('a') as r:
        log.append('using ' + r)
    async with handler():
        raise KeyError('k')
    try:
        async with resource('b'):
            raise ValueError('boom')
    except ValueError:
        log.append('ValueError propagated')
    async with Conn() as c:
        log.append(type(c).__name__)
    async with AsyncExitStack() as stack:
        names = [await stack.enter_async_context(resource(n)) for n in 'xyz']
        stack.callback(log.append, 'sync callback')

        async def acb(tag):
            log.append('async callback ' + tag)
        stack.push_async_callback(acb, 't')
        log.append('entered %s' % names)
    stack = AsyncExitStack()
    await stack.enter_async_context(resource('late'))
    await stack.aclose()
    print(issubclass(Conn, AbstractAsyncContextManager), isinstance(stack, AbstractAsyncContextManager))


asyncio.run(main())
print('\n'.join(log))
