# Binary and text files read by lines, with limits and hints.
import os

p = '/tmp/cinder_suite_native_file_binary_lines.tmp'
with open(p, 'wb') as f:
    f.write(b'alpha\nbeta\r\ngamma\n\ndelta')
with open(p, 'rb') as f:
    print(f.readline(), f.readline(3), f.readline(), f.readlines())
with open(p, 'rb') as f:
    print([line for line in f])
with open(p, 'rb') as f:
    print(f.readlines(8), f.read(4), f.tell())
with open(p) as f:
    print(f.readline(2), f.readline(), f.readlines(1), f.read())
with open(p) as f:
    print(list(f))
with open(p) as f:
    print(len(f.read(3)), f.tell(), f.readline(), f.tell())
with open(p, 'rb') as f:
    f.seek(6)
    print(f.read(4), f.seek(-5, 2), f.read())
os.remove(p)
