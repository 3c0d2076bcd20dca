# memoryview over bytes and bytearray: format 'B', one dimension.
mv = memoryview(b'hello world')
print(len(mv), mv[0], mv[-1], mv.readonly, mv.format, mv.itemsize, mv.nbytes, mv.ndim)
print(mv.shape, mv.strides, mv.suboffsets, mv.contiguous, mv.c_contiguous)
print(mv.tobytes(), mv.tolist()[:3], bytes(mv), mv.hex())
sub = mv[6:]
print(type(sub).__name__, sub.tobytes(), len(sub), sub[0], sub.obj is mv.obj)
print(mv[::2].tobytes(), mv[::-1].tobytes(), mv[2:9:3].tolist(), mv[5:2].tobytes())
print(mv[1:8][2:4].tobytes(), mv[::-1][1:3].tobytes())
print(mv == b'hello world', b'hello world' == mv, mv != b'hello', mv == 'hello world',
      mv == memoryview(b'hello world'), mv[:5] == b'hello', mv == bytearray(b'hello world'))
print(hash(mv) == hash(b'hello world'), hash(mv[:5]) == hash(b'hello'))
print(list(mv[:3]), [b for b in mv[-3:]], bytearray(mv[:2]), b'x' in [mv])
print(isinstance(mv, memoryview), type(mv) is memoryview, memoryview(mv).tobytes())

ba = bytearray(b'abcdef')
m = memoryview(ba)
print(m.readonly, m.tobytes(), m.obj is ba)
m[0] = 65
m[-1] = 0x5a
m[1:3] = b'XY'
m[3:5] = bytearray(b'12')
print(ba, m.tolist())
m[::2] = b'...'
print(ba)
ba[1] = ord('!')
print(m[1], m.tobytes())
view = m[2:5]
view[0] = 0x7e
print(ba, view.tobytes())

for bad in [lambda: m.__setitem__(0, 256), lambda: m.__setitem__(0, -1),
            lambda: m.__setitem__(0, 'a'), lambda: m.__setitem__(slice(0, 2), b'abc'),
            lambda: mv.__setitem__(0, 1), lambda: m[10], lambda: m[-7], lambda: memoryview('str'),
            lambda: memoryview(5), lambda: m['a'], lambda: hash(m), lambda: m.__delitem__(0)]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)

with memoryview(b'ctx') as c:
    print('inside', c.tobytes())
for op in [lambda: c.tobytes(), lambda: len(c), lambda: c[0], lambda: c.readonly]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
r = memoryview(b'abc')
r.release()
r.release()
print(r == r, r == b'abc')
try:
    r.tolist()
except ValueError as e:
    print('ValueError', e)
ro = memoryview(bytearray(b'rw')).toreadonly()
print(ro.readonly, ro.tobytes())
try:
    ro[0] = 1
except TypeError as e:
    print('TypeError', e)
try:
    class Sub(memoryview):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    mv.attr = 1
except AttributeError:
    print('AttributeError on attribute assignment')
