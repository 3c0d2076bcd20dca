import os
import sys

print(os.name, os.sep, repr(os.altsep), os.extsep, os.pathsep, repr(os.linesep),
      os.curdir, os.pardir, os.devnull, os.error is OSError)
print('os.path' in sys.modules, sys.modules['os.path'] is os.path)
import os.path as op
print(op is os.path)

os.environ['CINDER_ENV_X'] = 'one'
print(os.environ['CINDER_ENV_X'], os.getenv('CINDER_ENV_X'), 'CINDER_ENV_X' in os.environ)
os.environ.update(CINDER_ENV_Y='two')
print(os.environ.get('CINDER_ENV_Y'), os.environ.get('CINDER_ENV_NONE'))
print(os.getenv('CINDER_ENV_NONE'), os.getenv('CINDER_ENV_NONE', 'dflt'))
print(os.environ.setdefault('CINDER_ENV_X', 'zzz'), os.environ.setdefault('CINDER_ENV_Z', 'three'))
print(os.environ.pop('CINDER_ENV_Z'), 'CINDER_ENV_Z' in os.environ)
del os.environ['CINDER_ENV_X']
print('CINDER_ENV_X' in os.environ, os.getenv('CINDER_ENV_X'))
try:
    os.environ['CINDER_ENV_X']
except KeyError as e:
    print('KeyError', e)
try:
    del os.environ['CINDER_ENV_X']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['CINDER_ENV_BAD'] = 1
except TypeError as e:
    print('TypeError', e)
print(type(os.environ.copy()).__name__, len(os.environ) == len(list(os.environ)))
print(all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))
del os.environ['CINDER_ENV_Y']
print(sorted(k for k in os.environ if k.startswith('CINDER_ENV')))

print(os.fsencode('a/b'), os.fsdecode(b'a/b'), os.fsencode(b'x'), os.fsdecode('y'))
print(os.fspath('s'), os.fspath(b'b'))


class P:
    def __fspath__(self):
        return 'from_fspath'


print(os.fspath(P()), isinstance(P(), os.PathLike), isinstance('x', os.PathLike))
try:
    os.fspath(3)
except TypeError as e:
    print('TypeError', e)

print(os.strerror(2), '|', os.strerror(13), '|', os.strerror(17))
print(len(os.urandom(16)), type(os.urandom(4)).__name__, os.urandom(0))
print(isinstance(os.getpid(), int), os.getpid() > 0, os.getppid() > 0)
n = os.cpu_count()
print(n is None or n >= 1)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.isatty(987), os.access('/', os.F_OK))
cwd = os.getcwd()
os.chdir('/')
print(os.getcwd(), os.getcwdb())
os.chdir(cwd)
print(os.getcwd() == cwd)
st = os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(st, st.st_mtime, st[8])
print(tuple(st)[:3])
