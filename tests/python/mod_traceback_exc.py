# traceback: format_exc, print_exc, extract_tb, chained exceptions
# (needs traceback objects with tb_frame)
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def clean(text):
    # 3.9+ name the script by absolute path: keep the base name.
    return text.replace(HERE, '')


def fail(n):
    if n == 0:
        raise ValueError('deep failure')
    fail(n - 1)


try:
    fail(2)
except ValueError:
    print(clean(traceback.format_exc()), end='')
    etype, value, tb = sys.exc_info()
    for fs in traceback.extract_tb(tb):
        print(os.path.basename(fs.filename), fs.lineno, fs.name, fs.line)
    print([clean(s) for s in traceback.format_tb(tb, limit=1)])
    print(len(traceback.extract_tb(tb, limit=-1)))


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


try:
    try:
        {}['missing']
    except KeyError as e:
        raise RuntimeError('lookup failed') from e
except RuntimeError:
    out = Out()
    traceback.print_exc(file=out)
    print(clean(''.join(out.parts)), end='')

try:
    try:
        1 / 0
    except ZeroDivisionError:
        int('x')
except ValueError as e:
    print(clean(''.join(traceback.format_exception(type(e), e, e.__traceback__))), end='')
    print(clean(''.join(traceback.format_exception(type(e), e, e.__traceback__, chain=False))), end='')


def recurse(n):
    if n == 0:
        raise RecursionError('bottom')
    recurse(n - 1)


try:
    recurse(10)
except RecursionError as e:
    print(clean(''.join(traceback.format_exception(type(e), e, e.__traceback__))), end='')
    te = traceback.TracebackException.from_exception(e)
    print(len(te.stack), te.stack[0].name, te.stack[-1].name)
