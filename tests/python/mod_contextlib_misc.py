# contextlib: suppress, closing, nullcontext, redirect_stdout/stderr
import sys
from contextlib import (suppress, closing, nullcontext, redirect_stdout,
                        redirect_stderr, AbstractContextManager, ContextDecorator)

with suppress(KeyError):
    {}['missing']
print('suppressed KeyError')
with suppress(ValueError, TypeError):
    int('x')
print('suppressed ValueError')
with suppress(LookupError):
    [][1]
print('suppressed IndexError via LookupError')
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print('ZeroDivisionError not suppressed')
with suppress():
    pass
print('empty suppress ok')


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print('closing', self.name)


with closing(Resource('r1')) as r:
    print('using', r.name)
try:
    with closing(Resource('r2')):
        raise ValueError('x')
except ValueError:
    print('error after close')

with nullcontext() as n:
    print('nullcontext', n)
with nullcontext(42) as n:
    print('nullcontext', n)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def getvalue(self):
        return ''.join(self.parts)


buf = Collector()
with redirect_stdout(buf) as target:
    print('hello')
    print('world', 1, 2)
print(target is buf, repr(buf.getvalue()))
err = Collector()
with redirect_stderr(err):
    sys.stderr.write('to stderr\n')
print(repr(err.getvalue()))
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)

outer, inner = Collector(), Collector()
with redirect_stdout(outer):
    print('a')
    with redirect_stdout(inner):
        print('b')
    print('c')
print(repr(outer.getvalue()), repr(inner.getvalue()))


class Plain:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return None


print(issubclass(Plain, AbstractContextManager), issubclass(int, AbstractContextManager))
print(isinstance(suppress(), AbstractContextManager))


class MyCM(AbstractContextManager):
    def __exit__(self, *a):
        print('exit', a[0])


with MyCM() as m:
    print(type(m).__name__)


class announce(ContextDecorator):
    def __enter__(self):
        print('enter')
        return self

    def __exit__(self, *exc):
        print('exit')
        return False


@announce()
def work(a, b=2):
    print('work', a, b)
    return a + b


print(work(1))
print(work(1, b=10))
with announce():
    print('inside block')
