import posixpath
import os.path

print(os.path is posixpath)

for args in [('a', 'b'), ('a/', 'b'), ('a', '/b', 'c'), ('', 'x'), ('x', ''),
             ('/', 'usr', 'lib'), ('a//', 'b'), ('a',)]:
    print('join', args, repr(posixpath.join(*args)))
print(posixpath.join(b'a', b'b'))

for p in ['', '/', '//', 'a', 'a/', '/a/b', '/a/b/', 'a/b/c', '///x//y', 'foo//']:
    print('split', repr(p), posixpath.split(p), repr(posixpath.basename(p)),
          repr(posixpath.dirname(p)))

for p in ['.bashrc', 'a.txt', 'a.tar.gz', '/x.y/z', 'a.', '..', '...x',
          'dir/.hidden', 'dir/.hidden.ext', '', 'no_ext', 'a/b.c/d']:
    print('splitext', repr(p), posixpath.splitext(p))
print(posixpath.splitext(b'x/y.z'))

for p in ['', '.', '/', '//', '///', '//a', '///a', 'a/./b', 'a/../b',
          '../a', '/../a', 'a/b/../../..', 'a//b//', './', '/a/./b/../c/',
          '../../x/..', 'a/..']:
    print('normpath', repr(p), repr(posixpath.normpath(p)))
print(posixpath.normpath(b'/a/../b'))

for p in ['/', 'a', '/a', '', '//x']:
    print('isabs', repr(p), posixpath.isabs(p))

print(repr(posixpath.commonprefix([])))
print(posixpath.commonprefix(['/usr/lib', '/usr/local', '/usr/li']))
print(posixpath.commonprefix([['a', 'b'], ['a', 'c']]))
print(posixpath.commonpath(['/usr/lib', '/usr/local/x', '/usr/lib/y']))
print(posixpath.commonpath(['a/b', 'a/./b/c', 'a/b/d']))
print(repr(posixpath.commonpath(['/a', '/b'])))
try:
    posixpath.commonpath(['/a', 'b'])
except ValueError as e:
    print('ValueError', e)
try:
    posixpath.commonpath([])
except ValueError as e:
    print('ValueError', e)

print(posixpath.relpath('/a/b/c', '/a'))
print(posixpath.relpath('/a', '/a/b/c'))
print(posixpath.relpath('/a/b', '/a/b'))
print(posixpath.relpath('/x/y', '/a/b'))
try:
    posixpath.relpath('')
except ValueError as e:
    print('ValueError', e)

print(posixpath.abspath('/a/./b/../c'))
print(posixpath.normcase('AbC'), posixpath.splitdrive('/a/b'))
print(posixpath.sep, posixpath.curdir, posixpath.pardir, posixpath.extsep,
      posixpath.pathsep, posixpath.altsep, posixpath.devnull)

try:
    posixpath.join('a', b'b')
except TypeError as e:
    print('TypeError', e)
try:
    posixpath.basename(3)
except TypeError as e:
    print('TypeError', e)


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(posixpath.join(P('a'), P('b')), posixpath.basename(P('/x/y')))
