"""Future: the result of an operation that completes later (Cinder-in-Rust implementation)."""

__all__ = ('Future', 'isfuture', 'wrap_future')

import contextvars

from . import events
from . import exceptions
from . import format_helpers

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for objects that follow the asyncio Future protocol.

    The protocol marker is the `_asyncio_future_blocking` attribute: the class
    defines it and instances carry a non-None value.
    """
    return (hasattr(obj.__class__, '_asyncio_future_blocking')
            and obj._asyncio_future_blocking is not None)


class Future:
    """A value that will be available later, awaited by coroutines.

    Done callbacks never run synchronously: completing a future schedules each
    of them on the loop with call_soon(), in registration order.
    """

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _source_traceback = None

    # True while a coroutine that awaits this future is suspended on it; the
    # Task driving that coroutine resets it when it takes the future over.
    _asyncio_future_blocking = False

    # Set when an exception is stored and cleared once somebody looks at it;
    # a future destroyed while it is still set reports the lost exception.
    _log_traceback = False

    def __init__(self, *, loop=None):
        if loop is None:
            self._loop = events.get_event_loop()
        else:
            self._loop = loop
        self._callbacks = []

    def __repr__(self):
        return '<%s %s>' % (self.__class__.__name__, ' '.join(self._repr_info()))

    def _repr_info(self):
        return format_helpers.future_repr_info(self)

    def __del__(self):
        if not self._log_traceback:
            return
        self._log_traceback = False
        self._loop.call_exception_handler({
            'message': '%s exception was never retrieved' % self.__class__.__name__,
            'exception': self._exception,
            'future': self,
        })

    def get_loop(self):
        return self._loop

    def cancel(self):
        """Cancel a pending future and schedule its callbacks; False if done."""
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        loop = self._loop
        for callback, context in callbacks:
            loop.call_soon(callback, self, context=context)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise exceptions.CancelledError
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            # The raised exception's traceback keeps this frame.  With
            # neither the future nor the exception left in its locals, no
            # reference cycle is made (Cinder has no cycle collector).
            box = [self._exception]
            self = None
            raise box.pop()
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise exceptions.CancelledError
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Call fn(future) soon after the future is done (or soon, if it is)."""
        if context is None:
            context = contextvars.copy_context()
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        """Remove every registration of fn; return how many were removed."""
        kept = [entry for entry in self._callbacks if entry[0] != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            try:
                yield self  # the Task driving us waits until we are done
            except BaseException:
                # Thrown in (cancellation): see below about `self`.
                self = None
                raise
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        # As in result(): leave no reference to the future in this frame,
        # which the traceback of a raised exception would keep.
        box = [self]
        self = None
        return box.pop().result()

    __iter__ = __await__


_PyFuture = Future


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        return fut._loop
    return get_loop()


def _set_result_unless_cancelled(fut, result):
    """Timer callback of sleep(): complete fut unless it was cancelled."""
    if fut.cancelled():
        return
    fut.set_result(result)


def _copy_future_state(source, dest):
    """Give dest (pending) the outcome of source (done)."""
    assert source.done()
    if dest.cancelled():
        return
    assert not dest.done()
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(exception)
        else:
            dest.set_result(source.result())


def _chain_future(source, destination):
    """Make destination follow source; cancelling destination cancels source."""
    if not isfuture(source):
        raise TypeError('A future is required for source argument')
    if not isfuture(destination):
        raise TypeError('A future is required for destination argument')

    def on_destination_done(destination):
        if destination.cancelled() and not source.done():
            source.cancel()

    def on_source_done(source):
        if not destination.cancelled():
            _copy_future_state(source, destination)

    destination.add_done_callback(on_destination_done)
    source.add_done_callback(on_source_done)


def wrap_future(future, *, loop=None):
    """Wrap a future-like object in an asyncio Future (no threads here, so
    only asyncio futures can be passed)."""
    if isfuture(future):
        return future
    raise TypeError('concurrent.futures are not supported: got %r' % (future,))
