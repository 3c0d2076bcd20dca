# contextlib: common patterns combining the helpers
from contextlib import contextmanager, ExitStack, suppress, nullcontext, closing


class Tx:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append('begin')
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append('rollback' if exc_type else 'commit')
        return False


log = []
with Tx(log):
    log.append('work')
try:
    with Tx(log):
        raise ValueError
except ValueError:
    pass
print(log)


@contextmanager
def opened(name, log):
    log.append('open ' + name)
    try:
        yield name.upper()
    finally:
        log.append('close ' + name)


def process(names, fail_at=None):
    log = []
    try:
        with ExitStack() as stack:
            handles = []
            for n in names:
                if n == fail_at:
                    raise OSError('cannot open ' + n)
                handles.append(stack.enter_context(opened(n, log)))
            log.append('using ' + ','.join(handles))
    except OSError as e:
        log.append('error: %s' % e)
    return log


print(process(['a', 'b', 'c']))
print(process(['a', 'b', 'c'], fail_at='c'))


def maybe_lock(use_lock, log):
    return Tx(log) if use_lock else nullcontext()


l2 = []
for flag in (True, False):
    with maybe_lock(flag, l2):
        l2.append('body %s' % flag)
print(l2)


@contextmanager
def transaction():
    state = {'ops': []}
    try:
        yield state['ops']
    except Exception as e:
        print('rolled back after', type(e).__name__)
        raise
    else:
        print('committed', state['ops'])


with transaction() as ops:
    ops.append('insert')
try:
    with transaction() as ops:
        ops.append('update')
        raise KeyError('x')
except KeyError:
    print('KeyError propagated')

results = []
for value in ['1', 'x', '3', None]:
    with suppress(ValueError, TypeError):
        results.append(int(value))
print(results)


class Gen:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True


g = Gen()
with closing(g):
    pass
print(g.closed)


def cleanup_order():
    order = []
    with ExitStack() as outer:
        outer.callback(order.append, 'outer cb')
        with ExitStack() as inner:
            inner.callback(order.append, 'inner cb 1')
            inner.callback(order.append, 'inner cb 2')
        order.append('between')
    return order


print(cleanup_order())


@contextmanager
def reentrant_counter(counter):
    counter[0] += 1
    try:
        yield counter[0]
    finally:
        counter[0] -= 1


c = [0]
with reentrant_counter(c) as a:
    with reentrant_counter(c) as b:
        print(a, b, c)
print(c)
cm = reentrant_counter(c)
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError, StopIteration) as e:
    print('reuse fails:', type(e).__name__)
