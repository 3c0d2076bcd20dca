# array.array: range checks and argument errors, as CPython 3.8 words them.
from array import array


def attempt(fn, *args):
    try:
        r = fn(*args)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', r)


for code in 'bBhHiIlLqQ':
    for v in (-1, 2**7, 2**8, 2**15, 2**16, 2**31, 2**32, 2**63, 2**64, -2**63 - 1):
        attempt(array, code, [v])
attempt(array, 'f', ['x'])
attempt(array, 'd', [None])
attempt(array, 'u', ['ab'])
attempt(array, 'u', [1])
attempt(array, 'z')
attempt(array, 'i', 5)
attempt(array, 'i', 'abc')
a = array('i', [1, 2, 3])
attempt(a.__setitem__, slice(0, 1), [1])
attempt(a.__add__, [1])
attempt(a.__add__, array('h'))
attempt(a.extend, array('h', [1]))
attempt(a.__getitem__, 10)
attempt(a.__setitem__, 10, 1)
attempt(a.pop, 10)
attempt(array('i').pop)
attempt(a.remove, 99)
attempt(a.index, 99)
attempt(a.frombytes, b'123')
attempt(a.__setitem__, slice(0, 3, 2), array('i', [9]))
attempt(array('b', [1]).tounicode)
attempt(array('i').fromunicode, 'x')
attempt(array('i').fromlist, (1, 2))
attempt(array('f', [1e300]).tolist)
attempt(lambda: a * 'x')
attempt(lambda: a + [4])
print(a)
