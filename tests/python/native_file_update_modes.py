# open() with '+' modes: read and write the same file.
import os

p = '/tmp/cinder_suite_native_file_update_modes.tmp'
with open(p, 'w') as f:
    f.write('hello\nworld\n')
with open(p, 'r+') as f:
    print(repr(f.read(5)), f.tell())
    f.seek(0)
    f.write('HE')
    f.seek(0)
    print(repr(f.read()))
with open(p) as f:
    print(repr(f.read()))
with open(p, 'w+') as f:
    print(repr(f.read()), f.mode)
    f.write('abc\ndef')
    f.seek(0)
    print(f.readlines())
with open(p, 'a+') as f:
    print(f.tell())
    f.write('!')
    f.seek(0)
    print(repr(f.read()))
with open(p, 'rb+') as f:
    print(type(f).__name__, f.mode, f.read(3))
    f.write(b'__')
    print(f.seek(0, 2), f.tell())
    f.seek(0)
    print(f.read())
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(f.read())
with open(p, 'rb') as f:
    print(f.read())
with open(p, 'wb+') as f:
    f.write(b'0123456789')
    f.seek(-3, 2)
    print(f.read(), f.seek(2), f.read(2), f.seek(1, 1), f.read(1))
with open(p, 'ab+') as f:
    f.write(b'END')
    f.seek(0)
    print(f.read())
os.remove(p)
with open(p, 'x+') as f:
    f.write('new')
    f.seek(0)
    print(f.read())
try:
    open(p, 'x')
except FileExistsError as e:
    print('FileExistsError', e.errno)
os.remove(p)
