"""Text forms of callbacks, coroutines and futures used in asyncio reprs and
error reports (Cinder-in-Rust implementation)."""

import functools
import sys

_FunctionType = type(lambda: None)


def short_repr(value, limit=30):
    """A repr bounded in size (the shape reprlib gives results in reprs)."""
    try:
        import reprlib
    except ImportError:
        reprlib = None
    if reprlib is not None:
        return reprlib.repr(value)
    if isinstance(value, str):
        text = repr(value[:limit])
        if len(text) > limit:
            head = max(0, (limit - 3) // 2)
            tail = max(0, limit - 3 - head)
            text = repr(value[:head] + value[len(value) - tail:])
            text = text[:head] + '...' + text[len(text) - tail:]
        return text
    text = repr(value)
    if len(text) > 40 * 2:
        head = 40
        text = text[:head] + '...' + text[len(text) - 37:]
    return text


def function_source(func):
    """(filename, first line) of a plain function, looking through partials."""
    while True:
        wrapped = getattr(func, '__wrapped__', None)
        if wrapped is None or wrapped is func:
            break
        func = wrapped
    if type(func) is _FunctionType:
        code = func.__code__
        return code.co_filename, code.co_firstlineno
    if isinstance(func, functools.partial):
        return function_source(func.func)
    if isinstance(func, functools.partialmethod):
        return function_source(func.func)
    return None


def format_args_and_kwargs(args, kwargs):
    items = []
    if args:
        items.extend(short_repr(arg) for arg in args)
    if kwargs:
        items.extend('%s=%s' % (key, short_repr(value))
                     for key, value in kwargs.items())
    return '(' + ', '.join(items) + ')'


def format_callback(func, args, kwargs, suffix=''):
    if isinstance(func, functools.partial):
        suffix = format_args_and_kwargs(args, kwargs) + suffix
        return format_callback(func.func, func.args, func.keywords, suffix)
    name = (getattr(func, '__qualname__', None)
            or getattr(func, '__name__', None)
            or repr(func))
    return name + format_args_and_kwargs(args, kwargs) + suffix


def format_callback_source(func, args):
    text = format_callback(func, args, None)
    source = function_source(func)
    if source:
        text += ' at %s:%s' % source
    return text


def format_coroutine(coro):
    """'name() running at file:line' / 'name() done, defined at file:line'."""
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if name:
        name += '()'
    else:
        name = '<%s without __name__>()' % type(coro).__name__
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', None)
        if running is None:
            running = getattr(coro, 'gi_running', False)
        return name + ' running' if running else name
    frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        lineno = getattr(frame, 'f_lineno', None)
        if lineno is None:  # a runtime without frame objects
            lineno = code.co_firstlineno
        return '%s running at %s:%s' % (name, filename, lineno)
    return '%s done, defined at %s:%s' % (name, filename, code.co_firstlineno)


def format_done_callbacks(callbacks):
    count = len(callbacks)
    if not count:
        return ''

    def one(entry):
        return format_callback_source(entry[0], ())

    if count == 1:
        text = one(callbacks[0])
    elif count == 2:
        text = '%s, %s' % (one(callbacks[0]), one(callbacks[1]))
    else:
        text = '%s, <%d more>, %s' % (one(callbacks[0]), count - 2, one(callbacks[-1]))
    return 'cb=[%s]' % text


def future_repr_info(future):
    info = [future._state.lower()]
    if future._state == 'FINISHED':
        if future._exception is not None:
            info.append('exception=%r' % (future._exception,))
        else:
            info.append('result=%s' % short_repr(future._result))
    if future._callbacks:
        info.append(format_done_callbacks(future._callbacks))
    return info


def task_repr_info(task):
    info = future_repr_info(task)
    if task._must_cancel:
        info[0] = 'cancelling'
    info.insert(1, 'name=%r' % (task.get_name(),))
    info.insert(2, 'coro=<%s>' % format_coroutine(task._coro))
    if task._fut_waiter is not None:
        info.insert(3, 'wait_for=%r' % (task._fut_waiter,))
    return info


def write_exception(exc, stream):
    """Print exc with its traceback the way the interpreter reports errors."""
    try:
        import traceback
        lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
    except Exception:
        lines = None
    if lines is not None:
        stream.write(''.join(lines))
        return
    stream.write('Traceback (most recent call last):\n')
    text = str(exc)
    name = type(exc).__qualname__
    module = type(exc).__module__
    if module not in ('builtins', '__main__', None):
        name = module + '.' + name
    stream.write('%s: %s\n' % (name, text) if text else name + '\n')


def log_error(message, exc=None):
    """What logging.getLogger('asyncio').error(message, exc_info=exc) shows
    when logging is not configured: the message, then the traceback."""
    stream = sys.stderr
    if stream is None:
        return
    stream.write(message + '\n')
    if exc is not None:
        write_exception(exc, stream)
    try:
        stream.flush()
    except Exception:
        pass
