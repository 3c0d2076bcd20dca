# contextlib.ExitStack
from contextlib import ExitStack, contextmanager


@contextmanager
def res(name, log):
    log.append('open ' + name)
    try:
        yield name
    finally:
        log.append('close ' + name)


log = []
with ExitStack() as stack:
    names = [stack.enter_context(res(n, log)) for n in 'abc']
    print(names)
    stack.callback(log.append, 'callback')
print(log)

log = []
with ExitStack() as stack:
    stack.enter_context(res('x', log))
    moved = stack.pop_all()
print(log)
moved.close()
print(log)


def cb(*args, **kw):
    print('cb', args, sorted(kw.items()))


with ExitStack() as stack:
    f = stack.callback(cb, 1, 2, k=3)
    print(f is cb)


def swallow(exc_type, exc, tb):
    print('swallow sees', exc_type.__name__ if exc_type else None)
    return True


with ExitStack() as stack:
    stack.push(swallow)
    raise ValueError('hidden')
print('after swallowed')


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)
        return False


with ExitStack() as stack:
    stack.push(CM('pushed'))
    stack.enter_context(CM('entered'))


def raiser(*exc):
    raise KeyError('from callback')


try:
    with ExitStack() as stack:
        stack.push(raiser)
        stack.enter_context(CM('inner'))
        raise ValueError('original')
except KeyError as e:
    print('KeyError', e, 'context:', type(e.__context__).__name__, e.__context__)

try:
    with ExitStack() as stack:
        stack.callback(print, 'callbacks still run')
        1 / 0
except ZeroDivisionError:
    print('ZeroDivisionError propagated')

stack = ExitStack()
stack.callback(print, 'closed explicitly')
stack.close()
stack.close()
print('done')

results = []
with ExitStack() as stack:
    for i in range(3):
        stack.callback(results.append, i)
print(results)
