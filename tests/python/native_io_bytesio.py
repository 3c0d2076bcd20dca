# io.BytesIO: binary reading and writing in memory.
import io

b = io.BytesIO(b'header\x00\x01\x02\nbody line\nlast')
print(b.read(6), b.read(3), b.tell())
print(b.readline(), b.readline(), b.readline(), b.readline())
b.seek(0)
print(b.readlines())
b.seek(-4, io.SEEK_END)
print(b.read(), b.seek(2), b.seek(3, io.SEEK_CUR), b.read(1))
print(b.read1(2), b.getvalue()[:6])

w = io.BytesIO()
print(w.write(b'abc'), w.write(bytearray(b'de')), w.getvalue(), w.tell())
w.seek(8)
w.write(b'Z')
print(w.getvalue())
print(w.truncate(3), w.getvalue(), w.tell())
w.seek(1)
w.write(b'__')
print(w.getvalue())
w.writelines([b'1', b'2'])
print(w.getvalue())
ba = bytearray(4)
r = io.BytesIO(b'xyz')
print(r.readinto(ba), ba, r.readinto(ba))
print([line for line in io.BytesIO(b'a\nb\nc')])
with io.BytesIO(b'q') as c:
    print(c.read(), c.closed)
print(c.closed)


def attempt(fn, *args):
    try:
        res = fn(*args)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', repr(res))


attempt(w.write, 'str')
attempt(w.seek, -1)
attempt(w.seek, 0, 5)
attempt(w.truncate, -2)
attempt(io.BytesIO, 'text')
attempt(c.read)
attempt(c.getvalue)
print(w.seek(-100, io.SEEK_CUR), w.readable(), w.writable(), w.seekable())
print(isinstance(w, io.BufferedIOBase), isinstance(w, io.TextIOBase), isinstance(w, io.IOBase))
