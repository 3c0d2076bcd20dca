# File object attributes and operations: fileno, modes, truncate, errors.
import io
import os

p = '/tmp/cinder_suite_native_file_attrs.tmp'
with open(p, 'w') as f:
    print(f.name, f.mode, f.closed, f.readable(), f.writable(), f.seekable(), f.isatty())
    print(f.fileno() > 2, f.write('0123456789'), f.tell())
    print(f.truncate(4), f.tell())
print(f.closed)
with open(p) as f:
    print(repr(f.read()), f.errors, f.line_buffering)
with open(p, 'rb') as f:
    print(f.mode, f.read(2), f.tell(), f.seek(1), f.read(), f.seek(-2, 2), f.read())
with open(p, 'ab') as f:
    print(f.tell(), f.mode)
    f.write(b'xyz')
with open(p, 'rb') as f:
    print(f.read())

f = open(p, 'w')
try:
    f.read()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
f.close()
f.close()
for op in (lambda: f.write('x'), f.tell, f.fileno, f.readable):
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
with open(p) as f:
    try:
        f.write('x')
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(1, 1)
    except OSError as e:
        print(type(e).__name__, e)
for bad in [(p, 'rw'), (p, 'rbt'), (p, 'q'), (p, 'rb', -1, 'utf-8'), (p, 'rb', -1, None, 'strict')]:
    try:
        open(*bad)
    except ValueError as e:
        print('ValueError', e)
os.remove(p)
try:
    open(p)
except FileNotFoundError as e:
    print('FileNotFoundError', e)
try:
    open('.')
except IsADirectoryError as e:
    print('IsADirectoryError', e)
