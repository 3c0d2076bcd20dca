# contextlib.contextmanager: enter/exit, exceptions, decorator use
from contextlib import contextmanager


@contextmanager
def tag(name):
    print('<%s>' % name)
    yield name.upper()
    print('</%s>' % name)


with tag('p') as t:
    print('inside', t)


@contextmanager
def catching():
    try:
        yield
    except ValueError as e:
        print('handled', e)


with catching():
    raise ValueError('boom')
print('after catching')

try:
    with catching():
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))


@contextmanager
def cleanup():
    try:
        yield 1
    finally:
        print('cleanup ran')


try:
    with cleanup() as v:
        print('v =', v)
        raise RuntimeError('oops')
except RuntimeError as e:
    print('caught', e)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError', e)


@contextmanager
def replace_exc():
    try:
        yield
    except ZeroDivisionError:
        raise ArithmeticError('replaced')


try:
    with replace_exc():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)


@tag('div')
def decorated(x):
    print('body', x)
    return x * 2


print(decorated(5))
print(decorated(6))
print(decorated.__name__)


@contextmanager
def doc_cm():
    """Documented."""
    yield


print(doc_cm.__doc__, doc_cm.__name__)


@contextmanager
def stop_iter():
    yield


try:
    with stop_iter():
        raise StopIteration('inner')
except StopIteration as e:
    print('StopIteration passes through', e)

nested = []


@contextmanager
def level(n):
    nested.append(n)
    try:
        yield n
    finally:
        nested.append(-n)


with level(1) as a, level(2) as b:
    print(a, b, nested)
print(nested)
