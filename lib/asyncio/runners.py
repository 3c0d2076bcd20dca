"""asyncio.run() (Cinder-in-Rust implementation)."""

__all__ = ('run',)

from . import coroutines
from . import events
from . import tasks


def run(main, *, debug=False):
    """Run coroutine `main` in a new event loop and return its result.

    Afterwards the tasks still pending are cancelled (and awaited), open
    asynchronous generators are closed, and the loop is closed.
    """
    if events._get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not coroutines.iscoroutine(main):
        raise ValueError('a coroutine was expected, got %r' % (main,))
    loop = events.new_event_loop()
    try:
        events.set_event_loop(loop)
        loop.set_debug(debug)
        return loop.run_until_complete(main)
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            events.set_event_loop(None)
            loop.close()


def _cancel_all_tasks(loop):
    leftovers = tasks.all_tasks(loop)
    if not leftovers:
        return
    # Cancel in creation order (CPython's order here depends on addresses).
    leftovers = [task for task in tasks._all_tasks if task in leftovers]
    for task in leftovers:
        task.cancel()
    loop.run_until_complete(tasks.gather(*leftovers, loop=loop, return_exceptions=True))
    for task in leftovers:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })
