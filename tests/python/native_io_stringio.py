# io.StringIO: reading, writing, seeking, truncating, iteration.
import io

s = io.StringIO('first line\nsecond line\nthird')
print(s.read(5), repr(s.read(1)), s.tell())
print(repr(s.readline()))
print(repr(s.readline(3)), repr(s.readline()))
print(repr(s.readline()), repr(s.read()))
s.seek(0)
print(s.readlines())
s.seek(0)
print([line.rstrip() for line in s])
print(s.seek(0, io.SEEK_END), s.tell())

w = io.StringIO()
print(w.write('abc'), w.write('déf'), w.write(''), w.tell())
w.seek(1)
w.write('XY')
print(repr(w.getvalue()), w.tell())
w.seek(10)
w.write('!')
print(repr(w.getvalue()))
print(w.truncate(4), repr(w.getvalue()), w.tell())
w.seek(0)
print(w.truncate(), repr(w.getvalue()))
w.writelines(['a\n', 'b\n', 'c'])
print(repr(w.getvalue()))
print(w.readable(), w.writable(), w.seekable(), w.isatty(), w.closed)

with io.StringIO('ctx') as c:
    print(c.read(), c.closed)
print(c.closed)
try:
    c.read()
except ValueError as e:
    print('ValueError', e)

e = io.StringIO()
print(repr(e.read()), repr(e.readline()), e.readlines(), e.getvalue() == '')
print(repr(io.StringIO(None).getvalue()))
print(io.StringIO('a\nb\nc\nd\n').readlines(3))
it = iter(io.StringIO('x\ny'))
print(next(it), next(it), next(it, 'done'))
print(isinstance(e, io.TextIOBase), isinstance(e, io.IOBase), isinstance(e, io.BufferedIOBase))
