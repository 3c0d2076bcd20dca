# array.array with typecode 'u': a mutable character buffer.
from array import array

a = array('u', 'hello')
print(a, len(a), a.itemsize, a[0], a[-1], a[1:3])
a.append('!')
a.extend('??')
a.fromunicode(' wörld')
print(a.tounicode(), a.count('?'), a.index('!'))
a[0] = 'H'
a.reverse()
print(a.tounicode())
a.reverse()
b = array('u', a.tounicode().upper())
print(b, b == array('u', 'HELLO!?? WÖRLD'))
raw = array('u', 'hé€').tobytes()
print(raw, len(raw))
back = array('u')
back.frombytes(raw)
print(back.tounicode())
for bad in [lambda: a.append('xy'), lambda: a.append(5), lambda: array('u', [1]), lambda: array('i', 'abc')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
