# traceback: format_exception_only and exceptions without a traceback
import traceback

print(traceback.format_exception_only(ValueError, ValueError('bad value')))
print(traceback.format_exception_only(KeyError, KeyError('k')))
print(traceback.format_exception_only(StopIteration, StopIteration()))
print(traceback.format_exception_only(ZeroDivisionError, ZeroDivisionError('division by zero')))


class MyError(Exception):
    pass


class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError('no str')


print(traceback.format_exception_only(MyError, MyError('mine', 2)))
print(traceback.format_exception(ValueError, ValueError('v'), None))
print(traceback.format_exception(OSError, OSError(2, 'No such file'), None))
e = traceback.TracebackException(TypeError, TypeError('t'), None)
print(list(e.format()), str(e), e.exc_type.__name__)
print(list(e.format_exception_only()))
print(traceback.format_exception_only(type(None), None))
err = ValueError('outer')
err.__context__ = KeyError('inner')
print(traceback.format_exception(ValueError, err, None))
print(traceback.format_exception(ValueError, err, None, chain=False))
err2 = RuntimeError('wrapped')
err2.__cause__ = IndexError('root cause')
err2.__suppress_context__ = True
print(''.join(traceback.format_exception(RuntimeError, err2, None)), end='')
te = traceback.TracebackException.from_exception(err2)
print(te.__cause__.exc_type.__name__, te.__suppress_context__, te.__context__)
loop = ValueError('a')
loop2 = ValueError('b')
loop.__context__ = loop2
loop2.__context__ = loop
print(traceback.format_exception(ValueError, loop, None))
print(traceback.format_tb(None), traceback.extract_tb(None))
