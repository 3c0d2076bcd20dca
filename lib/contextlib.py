"""Utilities for with-statement contexts: contextmanager, suppress,
ExitStack, closing, redirect_stdout/redirect_stderr, nullcontext, and
their asynchronous counterparts asynccontextmanager and AsyncExitStack."""

import abc
import sys
from functools import wraps

__all__ = ['asynccontextmanager', 'contextmanager', 'closing', 'nullcontext',
           'AbstractContextManager', 'AbstractAsyncContextManager',
           'AsyncExitStack', 'ContextDecorator', 'ExitStack',
           'redirect_stdout', 'redirect_stderr', 'suppress']


class AbstractContextManager(abc.ABC):
    """An ABC for classes with __enter__ and __exit__; __enter__ returns
    self by default."""

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _has_methods(C, '__enter__', '__exit__')
        return NotImplemented


def _has_methods(C, *names):
    for name in names:
        for klass in C.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class ContextDecorator:
    """Base for context managers that can also decorate a function: the
    call runs inside ``with self._recreate_cm():``."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """The context manager made by @contextmanager from one generator."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, '__doc__', None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # A decorated function may be called many times: each call needs a
        # fresh generator.
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            # The instance carries its traceback; the one-argument form of
            # throw() re-raises exactly this object.
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator caught the exception and finished: suppress it,
            # unless the StopIteration is the very exception thrown in.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            # A StopIteration thrown in comes back wrapped in RuntimeError
            # (PEP 479): it is still the original exception.
            if typ is StopIteration and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Turn a generator function that yields once into a context manager
    factory: code before the yield is __enter__, code after is __exit__."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Call ``thing.close()`` at the end of the block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Temporarily replace sys.stdout."""
    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    """Temporarily replace sys.stderr."""
    _stream = 'stderr'


class suppress(AbstractContextManager):
    """Silence the given exception types raised in the block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


def _fix_exception_context(new_exc, old_exc, frame_exc):
    """Make the __context__ chain of new_exc end at old_exc, as nested with
    statements would have (frame_exc is the exception being handled when
    the stack was exited: the chain stops there)."""
    while True:
        exc_context = new_exc.__context__
        if exc_context is old_exc:
            return
        if exc_context is None or exc_context is frame_exc:
            break
        new_exc = exc_context
    new_exc.__context__ = old_exc


def _reraise_with_context(exc):
    # Raising sets __context__ to the exception being handled: keep the
    # context computed by _fix_exception_context instead.
    fixed_ctx = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = fixed_ctx
        raise


class _BaseExitStack:
    """The callback stack shared by ExitStack and AsyncExitStack: entries
    are (is_sync, callback) pairs run last in, first out."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move every callback to a new stack of the same type and return it."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Register an exit callback, or an object's __exit__ method."""
        exit_method = getattr(type(exit), '__exit__', None)
        if exit_method is None:
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter a context manager and push its __exit__; returns what
        __enter__ returned."""
        _cm_type = type(cm)
        _exit = _cm_type.__exit__
        result = _cm_type.__enter__(cm)
        self._push_cm_exit(cm, _exit)
        return result

    def callback(self, callback, *args, **kwds):
        """Register ``callback(*args, **kwds)`` to run at exit (its result
        does not suppress exceptions)."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        _exit_wrapper.__self__ = cm
        self._push_exit_callback(_exit_wrapper, True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A stack of exit callbacks run (last in, first out) when the block
    ends; each sees the exception left by the ones before it."""

    def close(self):
        """Run the callbacks now."""
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
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


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; ``with nullcontext(x) as y``
    binds x to y."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


# The asynchronous helpers live in their own module so that this one still
# compiles where the compiler does not support async/await yet.
try:
    from _contextlib_async import (AbstractAsyncContextManager,
                                   asynccontextmanager, AsyncExitStack)
except SyntaxError:
    __all__ = [name for name in __all__ if 'sync' not in name]
