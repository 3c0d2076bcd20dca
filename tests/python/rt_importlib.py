# importlib: import_module (absolute, relative with package=), reload,
# invalidate_caches, util.find_spec / module_from_spec / spec_from_file_location.
import importlib
import importlib.util
import importlib.machinery
import os
import sys

root = os.path.join('/tmp', 'rt_importlib_%d' % os.getpid())
pkg = os.path.join(root, 'rtil_pkg')
os.makedirs(os.path.join(pkg, 'sub'))


def write(rel, text):
    with open(os.path.join(root, rel), 'w') as f:
        f.write(text)


write('rtil_pkg/__init__.py', 'NAME = "pkg"\n')
write('rtil_pkg/alpha.py', 'VALUE = 1\ncounter = globals().get("counter", 0) + 1\n')
write('rtil_pkg/sub/__init__.py', '')
write('rtil_pkg/sub/beta.py', 'from .. import alpha\nB = alpha.VALUE + 1\n')
write('rtil_plain.py', 'def hello():\n    return "hello from plain"\n')
write('rtil_loose.py', 'X = 99\n')
sys.path.insert(0, root)

m = importlib.import_module('rtil_pkg.alpha')
print(m.__name__, m.VALUE, m.counter, m is sys.modules['rtil_pkg.alpha'])
print(importlib.import_module('rtil_pkg').NAME)
b = importlib.import_module('.sub.beta', 'rtil_pkg')
print(b.__name__, b.B)
print(importlib.import_module('..alpha', 'rtil_pkg.sub') is m)
print(importlib.import_module('.beta', package='rtil_pkg.sub') is b)
print(importlib.import_module('os.path').__name__ == os.path.__name__)
print(importlib.import_module('rtil_plain').hello())

for args in [('.x',), ('',), ('rtil_nonexistent_zz',),
             ('rtil_pkg.nothere',)]:
    try:
        importlib.import_module(*args)
    except (ImportError, ValueError, TypeError) as e:
        print(args, type(e).__name__, e)

# reload runs the source again in the same namespace
m.extra = 'kept'
write('rtil_pkg/alpha.py', 'VALUE = 2\ncounter = globals().get("counter", 0) + 1\n')
importlib.invalidate_caches()
r = importlib.reload(m)
print(r is m, m.VALUE, m.counter, m.extra)
try:
    importlib.reload(42)
except TypeError as e:
    print('TypeError', e)
fake = type(sys)('rtil_not_in_modules')
try:
    importlib.reload(fake)
except ImportError as e:
    print('ImportError', e)

# find_spec
spec = importlib.util.find_spec('rtil_loose')
print(spec.name, spec.parent == '', spec.submodule_search_locations,
      os.path.basename(spec.origin), spec.has_location)
print('rtil_loose' in sys.modules)
mod = importlib.util.module_from_spec(spec)
print(type(mod).__name__, mod.__name__, hasattr(mod, 'X'), mod.__spec__ is spec,
      mod.__loader__ is spec.loader)
spec.loader.exec_module(mod)
print(mod.X, os.path.basename(mod.__file__))
print(importlib.util.find_spec('rtil_definitely_missing'))
pspec = importlib.util.find_spec('rtil_pkg.sub')
print(pspec.name, pspec.parent, [os.path.basename(p) for p in pspec.submodule_search_locations])
print(importlib.util.find_spec('.sub.beta', 'rtil_pkg').name)
print(importlib.util.find_spec('rtil_pkg.alpha').name)
try:
    importlib.util.find_spec('rtil_loose.child')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)
print(importlib.util.find_spec('sys').name, importlib.util.find_spec('math').name)
print(importlib.util.resolve_name('.x', 'a.b'), importlib.util.resolve_name('..x', 'a.b'),
      importlib.util.resolve_name('y', None))

# spec_from_file_location + module_from_spec: loading a file by path
path = os.path.join(root, 'rtil_plain.py')
s2 = importlib.util.spec_from_file_location('renamed_plain', path)
m2 = importlib.util.module_from_spec(s2)
s2.loader.exec_module(m2)
print(m2.__name__, m2.hello(), 'renamed_plain' in sys.modules)
print(isinstance(s2, importlib.machinery.ModuleSpec), importlib.machinery.SOURCE_SUFFIXES)

for dirpath in [os.path.join(pkg, 'sub'), pkg, root]:
    for name in os.listdir(dirpath):
        p = os.path.join(dirpath, name)
        if os.path.isfile(p):
            os.remove(p)
    for name in os.listdir(dirpath):
        p = os.path.join(dirpath, name)
        if os.path.isdir(p) and not os.listdir(p):
            os.rmdir(p)
os.rmdir(root)
print('cleaned up:', not os.path.exists(root))
