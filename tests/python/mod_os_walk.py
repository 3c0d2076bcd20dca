import os

D = '/tmp/cinder_mod_os_walk'


def rmtree(top):
    if not os.path.exists(top):
        return
    for root, dirs, files in os.walk(top, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(top)


rmtree(D)
os.makedirs(D + '/a/b/c')
os.makedirs(D + '/a/b/c', exist_ok=True)
os.makedirs(D + '/a/x/')
os.makedirs(D + '/z')
try:
    os.makedirs(D + '/a/b')
except FileExistsError as e:
    print('FileExistsError', e.errno, e.filename == D + '/a/b')
for name, size in [('a/f1', 3), ('a/b/f2', 10), ('a/b/c/f3', 0), ('z/f4', 7), ('top', 1)]:
    with open(os.path.join(D, name), 'w') as f:
        f.write('q' * size)
with open(D + '/a/b/c/f3') as f:
    pass
try:
    os.makedirs(D + '/top/x', exist_ok=True)
except OSError as e:
    print(type(e).__name__, e.errno)


def rel(p):
    return os.path.relpath(p, D)


print('top-down')
for root, dirs, files in os.walk(D):
    dirs.sort()
    print(rel(root), dirs, sorted(files),
          sorted(os.path.getsize(os.path.join(root, f)) for f in files))

print('bottom-up')
order = []
for root, dirs, files in os.walk(D, topdown=False):
    order.append(rel(root))
print(order.index('a/b/c') < order.index('a/b') < order.index('a'), order[-1])
print(sorted(order))

print('pruned')
for root, dirs, files in os.walk(D):
    if 'b' in dirs:
        dirs.remove('b')
    dirs.sort()
    print(rel(root), sorted(files))

errs = []
print(list(os.walk(D + '/missing', onerror=errs.append)), [type(e).__name__ for e in errs])

os.remove(D + '/a/b/c/f3')
os.removedirs(D + '/a/b/c')
print(os.path.isdir(D + '/a/b/c'), os.path.isdir(D + '/a/b'))
os.renames(D + '/z/f4', D + '/new/dir/f4')
print(os.path.exists(D + '/z'), os.path.getsize(D + '/new/dir/f4'))
entries = sorted((e.name, e.is_dir(), e.is_file()) for e in os.scandir(D))
print(entries)
rmtree(D)
print(os.path.exists(D))
