"""The event loop (Cinder-in-Rust implementation).

One iteration of the loop (``_run_once``):
  1. drop cancelled timers from the front of the timer heap;
  2. if nothing is ready, sleep until the earliest timer is due;
  3. move every due timer to the ready queue (in deadline order);
  4. run the callbacks that are in the ready queue *now*; callbacks they
     schedule wait for the next iteration.
This is CPython's order, which makes interleavings of tasks identical.

There is no selector: without sockets, pipes, signals or threads nothing but
a timer can wake the loop, so waiting is a plain time.sleep().  A loop with
nothing ready and no timer can never make progress again; instead of hanging
forever (what CPython does while it waits for I/O) it raises RuntimeError.
"""

__all__ = ('BaseEventLoop',)

import heapq
import sys
import time

from . import coroutines
from . import events
from . import exceptions
from . import format_helpers
from . import futures
from . import tasks

# Once there are this many timers and this fraction of them is cancelled,
# the heap is rebuilt without them instead of popping them lazily.
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5

# Longest single sleep while waiting for a timer (seconds).
MAXIMUM_SELECT_TIMEOUT = 24 * 3600


def _stop_when_done(fut):
    """Done callback of the future passed to run_until_complete()."""
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # run_forever() is already unwinding with this exception.
            return
    futures._get_loop(fut).stop()


def _weak_set():
    try:
        import weakref
        return weakref.WeakSet()
    except (ImportError, AttributeError):
        return None


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._running = False
        # Handles to run in the next iteration, in order.  A list that
        # _run_once swaps for a fresh one (no popleft() needed).
        self._ready = []
        self._scheduled = []
        self._default_executor = None
        self._clock_resolution = 1e-09
        self._exception_handler = None
        self._debug = False
        self._task_factory = None
        self._current_handle = None
        self.slow_callback_duration = 0.1
        # Asynchronous generators first iterated on this loop.  Without weak
        # references they cannot be tracked without keeping them alive, so
        # then only the finalizer path (closing dropped generators) is used.
        self._asyncgens = _weak_set()
        self._asyncgens_shutdown_called = False

    def __repr__(self):
        return '<%s running=%s closed=%s debug=%s>' % (
            self.__class__.__name__, self.is_running(), self.is_closed(),
            self.get_debug())

    # ----- futures and tasks -----

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None):
        """Schedule the execution of a coroutine object in a Task."""
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name)
        else:
            task = self._task_factory(self, coro)
            tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # ----- running and stopping -----

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run until stop() is called."""
        self._check_closed()
        self._check_running()
        get_hooks = getattr(sys, 'get_asyncgen_hooks', None)
        set_hooks = getattr(sys, 'set_asyncgen_hooks', None)
        old_hooks = None
        if get_hooks is not None and set_hooks is not None:
            old_hooks = get_hooks()
            set_hooks(firstiter=self._asyncgen_firstiter_hook,
                      finalizer=self._asyncgen_finalizer_hook)
        self._running = True
        try:
            events._set_running_loop(self)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            events._set_running_loop(None)
            if old_hooks is not None:
                set_hooks(*old_hooks)

    def run_until_complete(self, future):
        """Run until the future (or coroutine, wrapped in a Task) is done and
        return its result or raise its exception."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            # A task made here is ours; don't complain if it stays pending
            # because the loop was stopped early.
            future._log_destroy_pending = False
        future.add_done_callback(_stop_when_done)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # The exception is being raised to the caller; don't also
                # report it as never retrieved.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_stop_when_done)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        box = [future]
        future = None  # see tasks._take_result
        return tasks._take_result(box)

    def stop(self):
        """Stop after the callbacks of the current iteration have run."""
        self._stopping = True

    def close(self):
        """Close the loop, dropping pending callbacks.  Idempotent."""
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._default_executor = None

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._running

    def time(self):
        """The loop's clock (time.monotonic())."""
        return time.monotonic()

    # ----- asynchronous generators -----

    def _asyncgen_finalizer_hook(self, agen):
        if self._asyncgens is not None:
            self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens is not None:
            self._asyncgens.add(agen)

    async def shutdown_asyncgens(self):
        """Close every asynchronous generator still open on this loop."""
        self._asyncgens_shutdown_called = True
        if not self._asyncgens:
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(*[agen.aclose() for agen in closing],
                                     return_exceptions=True, loop=self)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': 'an error occurred during closing of '
                               'asynchronous generator %r' % (agen,),
                    'exception': result,
                    'asyncgen': agen,
                })

    # ----- scheduling callbacks -----

    def call_soon(self, callback, *args, context=None):
        """Run callback(*args) in a later iteration, after the callbacks
        already scheduled (FIFO)."""
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._debug:
            self._check_callback(callback, 'call_soon')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        return self.call_soon(callback, *args, context=context)

    def call_later(self, delay, callback, *args, context=None):
        """Run callback(*args) once `delay` seconds have passed."""
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Run callback(*args) once the loop time reaches `when`."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError('coroutines cannot be used with %s()' % method)
        if not callable(callback):
            raise TypeError('a callable object was expected by %s(), got %r'
                            % (method, callback))

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) and return a future of its outcome.

        There are no threads, so the call happens right away, synchronously.
        """
        self._check_closed()
        if coroutines.iscoroutine(func) or coroutines.iscoroutinefunction(func):
            raise TypeError('coroutines cannot be used with run_in_executor()')
        future = self.create_future()
        try:
            result = func(*args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            future.set_exception(exc)
        else:
            future.set_result(result)
        return future

    def set_default_executor(self, executor):
        self._default_executor = executor

    async def shutdown_default_executor(self):
        self._default_executor = None

    # ----- errors -----

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        """handler(loop, context) replaces the default error report."""
        if handler is not None and not callable(handler):
            raise TypeError('A callable object or None is expected, got %r' % (handler,))
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Report an error to stderr, as CPython's 'asyncio' logger does."""
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append('%s: %r' % (key, context[key]))
        format_helpers.log_error('\n'.join(lines), context.get('exception'))

    def call_exception_handler(self, context):
        """Pass an error report (a dict with 'message', maybe 'exception',
        'future', 'task', 'handle'...) to the exception handler."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                format_helpers.log_error('Exception in default exception handler', exc)
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as inner:
                format_helpers.log_error(
                    'Exception in default exception handler while handling '
                    'an unexpected error in custom exception handler', inner)

    # ----- debug mode -----

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    # ----- the loop iteration -----

    def _drop_cancelled_timers(self):
        scheduled = self._scheduled
        count = len(scheduled)
        if (count > _MIN_SCHEDULED_TIMER_HANDLES
                and self._timer_cancelled_count / count > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            live = []
            for handle in scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    live.append(handle)
            heapq.heapify(live)
            self._scheduled = live
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(scheduled)
                handle._scheduled = False

    def _run_once(self):
        self._drop_cancelled_timers()
        ready = self._ready
        scheduled = self._scheduled

        if not ready and not self._stopping:
            if not scheduled:
                raise RuntimeError(
                    'Event loop is idle: no callback is ready and no timer is '
                    'scheduled, so nothing can ever wake it (deadlock: a task '
                    'awaits something nobody will complete)')
            delay = scheduled[0]._when - self.time()
            if delay > 0:
                time.sleep(min(delay, MAXIMUM_SELECT_TIMEOUT))

        end_time = self.time() + self._clock_resolution
        while scheduled:
            handle = scheduled[0]
            if handle._when >= end_time:
                break
            handle = heapq.heappop(scheduled)
            handle._scheduled = False
            ready.append(handle)

        # Only what is ready now runs in this iteration; what these
        # callbacks schedule goes to the fresh list, for the next one.
        self._ready = []
        index = 0
        try:
            for handle in ready:
                index += 1
                if handle._cancelled:
                    continue
                self._current_handle = handle
                handle._run()
        except BaseException:
            # SystemExit or KeyboardInterrupt: the handles not run yet stay
            # first in line for the next run.
            self._ready[:0] = ready[index:]
            raise
        finally:
            # Frames kept by tracebacks may keep this one: hold nothing.
            self._current_handle = handle = ready = None
