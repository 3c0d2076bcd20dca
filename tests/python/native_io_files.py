# The io names of the objects open() returns.
import io
import os

path = '/tmp/cinder_suite_native_io_files.tmp'
with open(path, 'w') as f:
    print(type(f) is io.TextIOWrapper, isinstance(f, io.TextIOBase), isinstance(f, io.IOBase))
    f.write('one\ntwo\n')
with io.open(path, 'rb') as f:
    print(type(f) is io.BufferedReader, isinstance(f, io.BufferedIOBase), isinstance(f, io.TextIOBase))
    print(f.read())
with open(path, 'ab') as f:
    print(type(f) is io.BufferedWriter, isinstance(f, io.BufferedIOBase))
with open(path) as f:
    print(isinstance(f, io.RawIOBase), f.readlines())
os.remove(path)
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase))
print(issubclass(io.TextIOWrapper, io.TextIOBase), issubclass(io.BufferedReader, io.IOBase))
