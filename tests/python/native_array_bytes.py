# array.array: tobytes/frombytes, bytes(), byteswap, files.
from array import array
import os

for code, values in [('b', [-1, 0, 1]), ('B', [0, 255]), ('h', [-2, 300]), ('H', [65535]),
                     ('i', [-5, 2**31 - 1]), ('I', [2**32 - 1]), ('l', [-1]), ('L', [2**63]),
                     ('q', [-2**63]), ('Q', [1]), ('f', [1.5, -0.25]), ('d', [3.125]), ('u', 'hi')]:
    a = array(code, values)
    raw = a.tobytes()
    back = array(code)
    back.frombytes(raw)
    print(code, a.itemsize, raw, bytes(a) == raw, back == a, back.tolist())

s = array('h', [1, 256, -2])
s.byteswap()
print(s, s.tobytes())
x = array('B', b'hello')
print(x, bytes(x), x.tobytes().decode())
y = array('i')
y.frombytes(bytearray(b'\x01\x00\x00\x00\x02\x00\x00\x00'))
print(y)
try:
    y.frombytes(b'\x00\x00\x00')
except ValueError as e:
    print('ValueError', e)
try:
    array('h', b'\x01')
except ValueError as e:
    print('ValueError', e)

path = '/tmp/cinder_suite_native_array_bytes.tmp'
with open(path, 'wb') as f:
    array('d', [1.0, 2.0, 3.0]).tofile(f)
with open(path, 'rb') as f:
    d = array('d')
    d.fromfile(f, 2)
    print(d)
    try:
        d.fromfile(f, 5)
    except EOFError as e:
        print('EOFError', e, d)
os.remove(path)
print(array('i', [1, 2]).tobytes() + array('h', [3]).tobytes())
