# open(): the newline argument on reading and writing.
import os

p = '/tmp/cinder_suite_native_file_newlines.tmp'
with open(p, 'wb') as f:
    f.write(b'a\r\nb\rc\nd')
for nl in (None, '', '\n', '\r', '\r\n'):
    with open(p, newline=nl) as f:
        print(repr(nl), f.readlines())
    with open(p, newline=nl) as f:
        print('   ', repr(f.read()), [line for line in open(p, newline=nl)][:2])
with open(p) as f:
    print(f.newlines)
    f.read()
    print(f.newlines)
for nl in (None, '', '\n', '\r', '\r\n'):
    with open(p, 'w', newline=nl) as f:
        f.write('x\ny\n')
    with open(p, 'rb') as f:
        print(repr(nl), f.read())
try:
    open(p, newline='x')
except ValueError as e:
    print('ValueError', e)
try:
    open(p, 'rb', newline='')
except ValueError as e:
    print('ValueError', e)
os.remove(p)
