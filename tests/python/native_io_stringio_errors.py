# io.StringIO argument and state errors.
import io


def attempt(fn, *args):
    try:
        r = fn(*args)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', repr(r))


s = io.StringIO('hello')
attempt(s.write, b'bytes')
attempt(s.write, 3)
attempt(s.seek, -1)
attempt(s.seek, 1, 1)
attempt(s.seek, 2, 2)
attempt(s.seek, 0, 3)
attempt(s.seek, 0, 1)
attempt(s.seek, 0, 2)
attempt(s.truncate, -1)
attempt(io.StringIO, 5)
attempt(io.StringIO, '', 'x')
attempt(s.fileno)
attempt(s.read, None)
attempt(s.readline, None)
s.close()
s.close()
attempt(s.getvalue)
attempt(s.write, 'x')
attempt(s.tell)
attempt(s.seek, 0)
attempt(s.readable)
print(issubclass(io.UnsupportedOperation, OSError))
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
