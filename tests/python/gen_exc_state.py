def g():
    try:
        raise KeyError("a")
    except KeyError:
        yield 1
        raise

it = g()
next(it)
try:
    next(it)
except KeyError as e:
    print("reraised", repr(e))

import sys
def h():
    try:
        raise ValueError("v")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]

it = h()
print(next(it))
try:
    raise TypeError("outer")
except TypeError:
    print(next(it))
    print(sys.exc_info()[0].__name__)
print(next(it))
print(sys.exc_info())
