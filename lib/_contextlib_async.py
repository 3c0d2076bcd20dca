"""The asynchronous parts of contextlib: AbstractAsyncContextManager,
asynccontextmanager and AsyncExitStack (imported by contextlib)."""

import abc

from contextlib import (_BaseExitStack, _has_methods, _fix_exception_context,
                        _reraise_with_context)
from functools import wraps
import sys


class AbstractAsyncContextManager(abc.ABC):
    """An ABC for classes with __aenter__ and __aexit__; __aenter__
    returns self by default."""

    async def __aenter__(self):
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _has_methods(C, '__aenter__', '__aexit__')
        return NotImplemented


class _AsyncGeneratorContextManager(AbstractAsyncContextManager):
    """The async context manager made by @asynccontextmanager from one
    asynchronous generator."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, '__doc__', None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    async def __aenter__(self):
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            # A StopIteration or StopAsyncIteration thrown in comes back
            # wrapped in RuntimeError: it is still the original exception.
            if isinstance(value, (StopIteration, StopAsyncIteration)):
                if exc.__cause__ is value:
                    return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def asynccontextmanager(func):
    """Turn an async generator function that yields once into an async
    context manager factory."""
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for ``async with``: it also accepts async context managers
    and coroutine callbacks."""

    async def enter_async_context(self, cm):
        """Enter an async context manager and push its __aexit__."""
        _cm_type = type(cm)
        _exit = _cm_type.__aexit__
        result = await _cm_type.__aenter__(cm)
        self._push_async_cm_exit(cm, _exit)
        return result

    def push_async_exit(self, exit):
        """Register a coroutine function exit callback, or an object's
        __aexit__ method."""
        exit_method = getattr(type(exit), '__aexit__', None)
        if exit_method is None:
            self._push_exit_callback(exit, False)
        else:
            self._push_async_cm_exit(exit, exit_method)
        return exit

    def push_async_callback(self, callback, *args, **kwds):
        """Register ``await callback(*args, **kwds)`` to run at exit."""
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper, False)
        return callback

    async def aclose(self):
        """Run the callbacks now."""
        await self.__aexit__(None, None, None)

    def _push_async_cm_exit(self, cm, cm_exit):
        async def _exit_wrapper(exc_type, exc, tb):
            return await cm_exit(cm, exc_type, exc, tb)
        _exit_wrapper.__self__ = cm
        self._push_exit_callback(_exit_wrapper, False)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if is_sync:
                    cb_suppress = cb(*exc_details)
                else:
                    cb_suppress = await cb(*exc_details)
                if cb_suppress:
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                _fix_exception_context(new_exc, exc_details[1], frame_exc)
                pending_raise = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if pending_raise:
            _reraise_with_context(exc_details[1])
        return received_exc and suppressed_exc
