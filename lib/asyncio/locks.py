"""Synchronization primitives for tasks: Lock, Event, Condition, Semaphore,
BoundedSemaphore (Cinder-in-Rust implementation, Python 3.8 semantics)."""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore')

import collections

from . import events
from . import exceptions


class _LoopBound:
    """Binds a primitive to an event loop: the one given, else the loop
    running when it is created, else the one running at first use."""

    _loop = None

    def _bind(self, loop):
        if loop is None:
            loop = events._get_running_loop()
        self._loop = loop

    def _get_loop(self):
        if self._loop is None:
            self._loop = events.get_event_loop()
        return self._loop

    def _describe(self):
        return '<%s.%s object at 0x%x' % (type(self).__module__, type(self).__qualname__, id(self))


class _AsyncContextManager:
    """`async with primitive:` acquires on entry and releases on exit."""

    async def __aenter__(self):
        await self.acquire()
        # Returns None, as CPython does: `async with lock as x` binds None.
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_AsyncContextManager, _LoopBound):
    """A mutex for tasks; waiters acquire it in FIFO order."""

    def __init__(self, *, loop=None):
        self._waiters = None
        self._locked = False
        self._bind(loop)

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            state += ', waiters:%d' % len(self._waiters)
        return '%s [%s]>' % (self._describe(), state)

    def locked(self):
        return self._locked

    async def acquire(self):
        """Wait until the lock is free, then take it; returns True."""
        if not self._locked and (self._waiters is None
                                 or all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = collections.deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            # We may have been woken just before being cancelled: pass the
            # turn on so the lock is not left unowned with waiters queued.
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        """Free the lock and let the first waiter take it."""
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        if not self._waiters:
            return
        first = self._waiters[0]
        if not first.done():
            first.set_result(True)


class Event(_LoopBound):
    """A flag tasks can wait for; set() wakes all waiters."""

    def __init__(self, *, loop=None):
        self._waiters = collections.deque()
        self._value = False
        self._bind(loop)

    def __repr__(self):
        state = 'set' if self._value else 'unset'
        if self._waiters:
            state += ', waiters:%d' % len(self._waiters)
        return '%s [%s]>' % (self._describe(), state)

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        """Return True once the flag is set (immediately if it is)."""
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_AsyncContextManager, _LoopBound):
    """Lets tasks wait (holding an underlying Lock) until notified."""

    def __init__(self, lock=None, *, loop=None):
        self._bind(loop)
        if lock is None:
            lock = Lock(loop=self._loop)
        elif self._loop is not None and lock._loop is not None and lock._loop is not self._loop:
            raise ValueError('loop argument must agree with lock')
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = collections.deque()

    def __repr__(self):
        state = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            state += ', waiters:%d' % len(self._waiters)
        return '%s [%s]>' % (self._describe(), state)

    async def wait(self):
        """Release the lock, wait for a notify, then re-acquire the lock."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # The lock must be held again on the way out, even if cancelled.
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except exceptions.CancelledError:
                    cancelled = True
            if cancelled:
                raise exceptions.CancelledError

    async def wait_for(self, predicate):
        """wait() until predicate() is true; return its value."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n waiters (the lock must be held)."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_AsyncContextManager, _LoopBound):
    """A counter: acquire() waits while it is zero, then decrements it."""

    def __init__(self, value=1, *, loop=None):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._waiters = collections.deque()
        self._bind(loop)

    def __repr__(self):
        if self.locked():
            state = 'locked'
        else:
            state = 'unlocked, value:%d' % self._value
        if self._waiters:
            state += ', waiters:%d' % len(self._waiters)
        return '%s [%s]>' % (self._describe(), state)

    def _wake_up_next(self):
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return

    def locked(self):
        return self._value == 0

    async def acquire(self):
        """Wait until the counter is positive, then decrement it."""
        while self._value <= 0:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
            except:
                fut.cancel()
                if self._value > 0 and not fut.cancelled():
                    self._wake_up_next()
                raise
        self._value -= 1
        return True

    def release(self):
        """Increment the counter and wake the next waiter."""
        self._value += 1
        self._wake_up_next()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1, *, loop=None):
        self._bound_value = value
        super().__init__(value, loop=loop)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()
