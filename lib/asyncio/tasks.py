"""Tasks and the functions that combine awaitables: gather, wait, wait_for,
shield, as_completed, sleep (Cinder-in-Rust implementation)."""

__all__ = (
    'Task', 'create_task',
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'wait', 'wait_for', 'as_completed', 'sleep',
    'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe',
    'current_task', 'all_tasks',
    '_register_task', '_unregister_task', '_enter_task', '_leave_task',
)

import contextvars
import functools
import itertools

from . import coroutines
from . import events
from . import exceptions
from . import format_helpers
from . import futures
from .futures import _PENDING

_next_task_number = itertools.count(1).__next__


def current_task(loop=None):
    """The Task running on loop (default: the running loop), or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The set of not-yet-done tasks of loop (default: the running loop)."""
    if loop is None:
        loop = events.get_running_loop()
    return {task for task in list(_all_tasks)
            if futures._get_loop(task) is loop and not task.done()}


def _set_task_name(task, name):
    if name is not None:
        try:
            set_name = task.set_name
        except AttributeError:
            pass
        else:
            set_name(name)


class Task(futures.Future):
    """Runs a coroutine: each step sends into it (or throws into it) until it
    suspends on a future; the future's completion schedules the next step."""

    # Task.__del__ warns about tasks destroyed while pending unless this is
    # cleared (run_until_complete clears it for the tasks it creates).
    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, _started=False, _context=None):
        # Future.__init__, inlined: tasks are made often.
        # _started: the coroutine already ran its first step (eagerly, see
        # gather); the caller hands its yielded value to _suspend_on.
        self._loop = events.get_event_loop() if loop is None else loop
        self._callbacks = []
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        if name is None:
            # The number is taken now; the 'Task-N' text is made on demand.
            self._name = _next_task_number()
        else:
            self._name = str(name)
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = contextvars.copy_context() if _context is None else _context
        if not _started:
            self._loop.call_soon(self._step, context=self._context)
        _register_task(self)

    def __del__(self):
        if self._state == _PENDING and self._log_destroy_pending:
            self._loop.call_exception_handler({
                'task': self,
                'message': 'Task was destroyed but it is pending!',
            })
        super().__del__()

    def _repr_info(self):
        return format_helpers.task_repr_info(self)

    @classmethod
    def current_task(cls, loop=None):
        """Deprecated in 3.8: use asyncio.current_task()."""
        _warn_deprecated('Task.current_task() is deprecated since Python 3.7, '
                         'use asyncio.current_task() instead')
        if loop is None:
            loop = events.get_event_loop()
        return current_task(loop)

    @classmethod
    def all_tasks(cls, loop=None):
        """Deprecated in 3.8: use asyncio.all_tasks().  Unlike it, this
        includes the tasks that are done."""
        _warn_deprecated('Task.all_tasks() is deprecated since Python 3.7, '
                         'use asyncio.all_tasks() instead')
        if loop is None:
            loop = events.get_event_loop()
        return {task for task in list(_all_tasks) if futures._get_loop(task) is loop}

    def get_coro(self):
        return self._coro

    def get_name(self):
        name = self._name
        if type(name) is int:
            name = self._name = 'Task-%d' % name
        return name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        """The frames of the suspended coroutine (the innermost only here)."""
        frame = getattr(self._coro, 'cr_frame', None) or getattr(self._coro, 'gi_frame', None)
        if frame is None or limit == 0:
            return []
        return [frame]

    def print_stack(self, *, limit=None, file=None):
        import sys
        stream = file if file is not None else sys.stdout
        frames = self.get_stack(limit=limit)
        if not frames:
            stream.write('No stack for %r\n' % (self,))
        else:
            stream.write('Stack for %r (most recent call last):\n' % (self,))
            for frame in frames:
                code = frame.f_code
                stream.write('  File "%s", line %s, in %s\n'
                             % (code.co_filename, frame.f_lineno, code.co_name))
        if self._exception is not None:
            format_helpers.write_exception(self._exception, stream)

    def cancel(self):
        """Ask the task to stop: CancelledError is thrown into the coroutine
        at its next step.  False if the task is already done."""
        self._log_traceback = False
        if self.done():
            return False
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel():
                # The waiter's callback (_wakeup) brings the CancelledError.
                return True
        self._must_cancel = True
        return True

    def _finish(self):
        _all_tasks.pop(self, None)

    def _step(self, exc=None):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError(
                '_step(): already done: %r, %r' % (self, exc))
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = exceptions.CancelledError()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        loop = self._loop
        # _enter_task(loop, self), inlined (this runs for every step).
        if loop in _current_tasks:
            _enter_task(loop, self)  # raises the error
        _current_tasks[loop] = self
        try:
            if exc is None:
                yielded = coro.send(None)
            else:
                yielded = coro.throw(exc)
        except StopIteration as stop:
            self._finish()
            if self._must_cancel:
                # cancel() was called while the last step was running.
                self._must_cancel = False
                futures.Future.cancel(self)
            else:
                futures.Future.set_result(self, stop.value)
        except exceptions.CancelledError:
            self._finish()
            futures.Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as error:
            self._finish()
            futures.Future.set_exception(self, error)
            raise
        except BaseException as error:
            self._finish()
            _drop_own_frame(error)
            futures.Future.set_exception(self, error)
        else:
            self._suspend_on(yielded)
        finally:
            # _leave_task(loop, self), inlined.
            if _current_tasks.get(loop) is not self:
                _leave_task(loop, self)  # raises the error
            del _current_tasks[loop]
            # Tracebacks may keep this frame: drop what it refers to so that
            # no reference cycle is left behind (Cinder has no cycle
            # collector).
            self = coro = exc = yielded = loop = None

    def _suspend_on(self, yielded):
        """Decide what the coroutine's yielded value means."""
        loop = self._loop
        blocking = getattr(yielded, '_asyncio_future_blocking', None)
        if blocking is not None:
            if futures._get_loop(yielded) is not loop:
                problem = RuntimeError('Task %r got Future %r attached to a different loop'
                                       % (self, yielded))
            elif not blocking:
                problem = RuntimeError('yield was used instead of yield from in task %r with %r'
                                       % (self, yielded))
            elif yielded is self:
                problem = RuntimeError('Task cannot await on itself: %r' % (self,))
            else:
                # `await future` suspended us: resume when it is done.
                yielded._asyncio_future_blocking = False
                yielded.add_done_callback(self._wakeup, context=self._context)
                self._fut_waiter = yielded
                if self._must_cancel:
                    if yielded.cancel():
                        self._must_cancel = False
                return
        elif yielded is None:
            # A bare yield (sleep(0)): give the other callbacks one turn.
            loop.call_soon(self._step, context=self._context)
            return
        elif coroutines.isgenerator(yielded):
            problem = RuntimeError('yield was used instead of yield from for generator '
                                   'in task %r with %r' % (self, yielded))
        else:
            problem = RuntimeError('Task got bad yield: %r' % (yielded,))
        loop.call_soon(self._step, problem, context=self._context)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            # This frame joins exc's traceback: it must not keep the future
            # (which holds exc) or this task.
            future = None
            self._step(exc)
        else:
            future = None
            self._step()
        self = None


_PyTask = Task


def _drop_own_frame(error):
    # The traceback of an exception leaving the coroutine starts with the
    # frame of Task._step; CPython's Task (written in C) has no such frame,
    # so error reports start at the coroutine.
    try:
        tb = error.__traceback__
        if tb is not None and tb.tb_frame.f_code is _STEP_CODE:
            error.__traceback__ = tb.tb_next
    except AttributeError:
        pass  # a runtime without traceback objects


_STEP_CODE = Task._step.__code__


def create_task(coro, *, name=None):
    """Schedule coro on the running loop in a new Task and return it."""
    loop = events.get_running_loop()
    task = loop.create_task(coro)
    _set_task_name(task, name)
    return task


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


async def wait(fs, *, loop=None, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures/tasks in fs; return (done, pending) sets."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError('expect a list of futures, not %s' % type(fs).__name__)
    if not fs:
        raise ValueError('Set of coroutines/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError('Invalid return_when value: %s' % (return_when,))
    if loop is None:
        loop = events.get_running_loop()
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        _warn_deprecated('The explicit passing of coroutine objects to asyncio.wait() '
                         'is deprecated since Python 3.8, and scheduled for removal '
                         'in Python 3.11.')
    fs = {ensure_future(f, loop=loop) for f in fs}
    return await _wait(fs, timeout, return_when, loop)


def _warn_deprecated(message):
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, stacklevel=3)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release_waiter, waiter)
    remaining = len(fs)

    def on_completion(f):
        nonlocal remaining
        remaining -= 1
        if (remaining <= 0
                or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION
                    and not f.cancelled() and f.exception() is not None)):
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_completion)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_completion)

    done = set()
    pending = set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    """Cancel fut and wait until it has actually finished."""
    waiter = loop.create_future()
    release = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout, *, loop=None):
    """Await fut, cancelling it and raising TimeoutError after `timeout`
    seconds.  Cancelling the waiter cancels fut too."""
    if loop is None:
        loop = events.get_running_loop()
    if timeout is None:
        return await fut

    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
        raise exceptions.TimeoutError()

    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter)
    release = functools.partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except exceptions.CancelledError:
            if fut.done():
                box = [fut]
                fut = None  # see _take_result
                return _take_result(box)
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            box = [fut]
            fut = None  # see _take_result
            return _take_result(box)
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut, loop=loop)
        raise exceptions.TimeoutError()
    finally:
        timer.cancel()


def _take_result(box):
    # The result of the future in the one-item list box.  Callers drop their
    # own reference first: their frame, which the traceback of the future's
    # exception keeps, must not refer to the future (a reference cycle,
    # which Cinder, having no cycle collector, would never free).
    return box.pop().result()


def as_completed(fs, *, loop=None, timeout=None):
    """Iterate over awaitables that give the results of fs in completion
    order; after `timeout` seconds the remaining ones raise TimeoutError."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError('expect an iterable of futures, not %s' % type(fs).__name__)
    from .queues import Queue
    finished = Queue(loop=loop)
    if loop is None:
        loop = events.get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timer = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            finished.put_nowait(None)  # each waiter still expected gets one
        todo.clear()

    def on_completion(f):
        if not todo:
            return  # timed out already
        todo.remove(f)
        finished.put_nowait(f)
        if not todo and timer is not None:
            timer.cancel()

    async def wait_for_one():
        box = [await finished.get()]
        if box[0] is None:
            raise exceptions.TimeoutError
        return _take_result(box)

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield wait_for_one()


class _YieldOnce:
    """Awaiting it suspends the task for exactly one loop iteration."""

    __slots__ = ()

    def __await__(self):
        yield


_yield_once = _YieldOnce()


async def sleep(delay, result=None, *, loop=None):
    """Return `result` after `delay` seconds; sleep(0) just yields once."""
    if delay <= 0:
        await _yield_once
        return result
    if loop is None:
        loop = events.get_running_loop()
    future = loop.create_future()
    timer = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        timer.cancel()


async def _await_it(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    """A future for the argument: futures as they are, coroutines and other
    awaitables wrapped in a new Task."""
    if coroutines.iscoroutine(coro_or_future):
        if loop is None:
            loop = events.get_event_loop()
        return loop.create_task(coro_or_future)
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    if coroutines.isawaitable(coro_or_future):
        return ensure_future(_await_it(coro_or_future), loop=loop)
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


class _GatheringFuture(futures.Future):
    """The future gather() returns: cancelling it cancels the children."""

    def __init__(self, children, *, loop=None):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self):
        if self.done():
            return False
        cancelled_any = False
        for child in self._children:
            if child.cancel():
                cancelled_any = True
        if cancelled_any:
            # The children's CancelledErrors will complete us (cancelled).
            self._cancel_requested = True
        return cancelled_any


def _eager_child(coro, loop):
    """Runs coroutine `coro` up to its first suspension, right now. A child
    that finishes becomes a done future (no Task, no event-loop round trip);
    one that suspends becomes a Task continuing from there (Cinder's eager
    gather)."""
    # Like a task, the child runs in its own copy of the context.
    context = contextvars.copy_context()
    try:
        yielded = context.run(coro.send, None)
    except StopIteration as stop:
        fut = loop.create_future()
        fut.set_result(stop.value)
        return fut
    except exceptions.CancelledError:
        fut = loop.create_future()
        fut.cancel()
        return fut
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as error:
        fut = loop.create_future()
        fut.set_exception(error)
        return fut
    task = Task(coro, loop=loop, _started=True, _context=context)
    task._suspend_on(yielded)
    return task


def gather(*coros_or_futures, loop=None, return_exceptions=False):
    """A future of the list of results of all arguments, in argument order.

    Without return_exceptions the first exception (or cancellation) of a
    child becomes the outcome; the other children keep running.

    When the call is awaited at once (`await gather(...)`) and the runtime
    evaluates coroutines eagerly, coroutine arguments start right away;
    if every child finishes without suspending, the result is ready with no
    task and no event-loop round trip.
    """
    if (coros_or_futures and _caller_awaits is not None and _caller_awaits()
            and all(coroutines.iscoroutine(c) for c in coros_or_futures)
            and len(set(map(id, coros_or_futures))) == len(coros_or_futures)):
        return _eager_gather(coros_or_futures, loop, return_exceptions)
    return _gather(coros_or_futures, loop, return_exceptions)


def _eager_gather(coros, loop, return_exceptions):
    if loop is None:
        loop = events.get_event_loop()
    children = [_eager_child(c, loop) for c in coros]
    if all(child.done() for child in children):
        outer = _GatheringFuture(children, loop=loop)
        results = []
        for child in children:
            if child.cancelled():
                if not return_exceptions:
                    outer.set_exception(exceptions.CancelledError())
                    return outer
                results.append(exceptions.CancelledError())
                continue
            exc = child.exception()
            if exc is not None and not return_exceptions:
                outer.set_exception(exc)
                return outer
            results.append(child.result() if exc is None else exc)
        outer.set_result(results)
        return outer
    return _gather(children, loop, return_exceptions)


def _gather(coros_or_futures, loop, return_exceptions):
    if not coros_or_futures:
        if loop is None:
            loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    children = []
    futures_of = {}
    child_count = 0
    finished = 0
    outer = None

    def on_child_done(fut):
        nonlocal finished
        finished += 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()  # retrieved: don't log it as lost
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(exceptions.CancelledError())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if finished == child_count:
            results = []
            for child in children:
                if child.cancelled():
                    results.append(exceptions.CancelledError())
                else:
                    exc = child.exception()
                    results.append(child.result() if exc is None else exc)
            if outer._cancel_requested:
                outer.set_exception(exceptions.CancelledError())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        if arg in futures_of:
            fut = futures_of[arg]
        else:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            child_count += 1
            futures_of[arg] = fut
            fut.add_done_callback(on_child_done)
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg, *, loop=None):
    """A future that follows arg but whose cancellation leaves arg running."""
    inner = ensure_future(arg, loop=loop)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def on_inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # retrieved: don't log it as lost
            return
        if inner.cancelled():
            outer.cancel()
            return
        exc = inner.exception()
        if exc is not None:
            outer.set_exception(exc)
        else:
            outer.set_result(inner.result())

    def on_outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(on_inner_done)

    inner.add_done_callback(on_inner_done)
    outer.add_done_callback(on_outer_done)
    return outer


def run_coroutine_threadsafe(coro, loop):
    """Schedule coro on loop; there are no threads, so this returns the Task
    (an asyncio future) rather than a concurrent.futures.Future."""
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    return ensure_future(coro, loop=loop)


# Every task that is not done yet, in creation order (a dict used as an
# ordered set; tasks leave it when they finish).
_all_tasks = {}

# loop -> the task whose step is running on it.
_current_tasks = {}

try:
    from cinder import _caller_awaits
except ImportError:
    _caller_awaits = None


def _register_task(task):
    _all_tasks[task] = None


def _unregister_task(task):
    _all_tasks.pop(task, None)


def _enter_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not None:
        raise RuntimeError('Cannot enter into task %r while another task %r is being executed.'
                           % (task, current))
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not task:
        raise RuntimeError('Leaving task %r does not match the current task %r.'
                           % (task, current))
    del _current_tasks[loop]
