# Import errors raised inside a package's submodule must propagate as-is
# (not be turned into "cannot import name ..." by the fromlist handling).
import os
import sys
import traceback

root = os.path.join('/tmp', 'rt_import_errors_%d' % os.getpid())
os.mkdir(root)
pkg = os.path.join(root, 'rtpkg_imperr')
os.mkdir(pkg)


def write(name, text):
    with open(os.path.join(pkg, name), 'w') as f:
        f.write(text)


write('__init__.py', 'VALUE = 1\n')
write('bad.py', 'x = 1\nimport nonexistent_mod_xyz\n')
write('good.py', 'GOOD = 42\n')
write('badattr.py', 'from rtpkg_imperr import missing_name_xyz\n')
write('raises.py', 'raise ValueError("boom in module")\n')
write('uses_bad.py', 'from . import bad\n')
sys.path.insert(0, root)


def frames(tb):
    out = []
    for fs in traceback.extract_tb(tb):
        out.append((os.path.basename(fs.filename), fs.name, fs.line))
    return out


def attempt(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(root, '<root>'))
        for fr in frames(e.__traceback__):
            print('   ', fr)
    else:
        print(label, 'ok')


def from_bad():
    from rtpkg_imperr import bad


def from_good():
    from rtpkg_imperr import good
    print('good.GOOD =', good.GOOD)


def from_missing():
    from rtpkg_imperr import nosuchsub


def import_dotted_bad():
    import rtpkg_imperr.bad


def from_badattr():
    from rtpkg_imperr import badattr


def from_raises():
    from rtpkg_imperr import raises


def relative_bad():
    from rtpkg_imperr import uses_bad


attempt('from_bad', from_bad)
print('bad in sys.modules:', 'rtpkg_imperr.bad' in sys.modules)
attempt('from_bad again', from_bad)
attempt('from_good', from_good)
attempt('from_missing', from_missing)
attempt('import_dotted_bad', import_dotted_bad)
attempt('from_badattr', from_badattr)
attempt('from_raises', from_raises)
attempt('relative_bad', relative_bad)
try:
    from rtpkg_imperr import bad
except ModuleNotFoundError as e:
    print('caught at module level:', e)

for name in sorted(os.listdir(pkg)):
    if name.endswith('.py'):
        os.remove(os.path.join(pkg, name))
for name in os.listdir(pkg):
    sub = os.path.join(pkg, name)
    for inner in os.listdir(sub):
        os.remove(os.path.join(sub, inner))
    os.rmdir(sub)
os.rmdir(pkg)
os.rmdir(root)
print('cleaned up:', not os.path.exists(root))
