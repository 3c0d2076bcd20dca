import os

D = '/tmp/cinder_mod_os_files'


def clean():
    if os.path.lexists(D):
        for top, dirs, files in os.walk(D, topdown=False):
            for f in files:
                os.remove(os.path.join(top, f))
            for d in dirs:
                p = os.path.join(top, d)
                if os.path.islink(p):
                    os.remove(p)
                else:
                    os.rmdir(p)
        os.rmdir(D)


def show_err(f, *args):
    try:
        f(*args)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, repr(e.filename))
        print('  ', e)
    else:
        print('no error')


clean()
os.mkdir(D)
os.mkdir(D + '/sub', 0o755)
with open(D + '/a.txt', 'w') as f:
    f.write('hello world')
with open(D + '/b.bin', 'wb') as f:
    f.write(b'\x00' * 100)
print(sorted(os.listdir(D)))
print(sorted(os.listdir(D.encode())))
st = os.stat(D + '/a.txt')
print(st.st_size, st[6], len(st), type(st).__name__)
print(st.st_mtime == st[8] or abs(st.st_mtime - st[8]) < 1)
print(isinstance(st.st_mtime, float), isinstance(st[8], int))
print(st.st_mode & 0o170000 == 0o100000, os.stat(D).st_mode & 0o170000 == 0o040000)
print(os.path.exists(D + '/a.txt'), os.path.isfile(D + '/a.txt'), os.path.isdir(D + '/a.txt'))
print(os.path.isdir(D + '/sub'), os.path.isfile(D + '/sub'), os.path.exists(D + '/nope'))
print(os.path.getsize(D + '/b.bin'))

os.rename(D + '/a.txt', D + '/c.txt')
print(sorted(os.listdir(D)))
os.replace(D + '/b.bin', D + '/c.txt')
print(sorted(os.listdir(D)), os.path.getsize(D + '/c.txt'))

os.symlink(D + '/c.txt', D + '/link')
print(os.path.islink(D + '/link'), os.path.islink(D + '/c.txt'))
print(os.readlink(D + '/link') == D + '/c.txt')
print(os.path.samefile(D + '/link', D + '/c.txt'))
print(os.lstat(D + '/link').st_mode & 0o170000 == 0o120000)
print(os.path.realpath(D + '/link') == D + '/c.txt')
os.unlink(D + '/link')

print(os.access(D + '/c.txt', os.F_OK), os.access(D + '/nope', os.F_OK))
print(os.access(D + '/c.txt', os.R_OK | os.W_OK))

show_err(os.stat, D + '/nope')
show_err(os.mkdir, D + '/sub')
show_err(os.rmdir, D + '/c.txt')
show_err(os.remove, D + '/sub')
show_err(os.listdir, D + '/c.txt')
show_err(os.rename, D + '/nope', D + '/other')
show_err(os.chdir, D + '/nope')
with open(D + '/sub/inner', 'w') as f:
    f.write('x')
show_err(os.rmdir, D + '/sub')
os.remove(D + '/sub/inner')
os.rmdir(D + '/sub')
print(sorted(os.listdir(D)))
try:
    os.lstat(3.5)
except TypeError as e:
    print('TypeError', e)

with os.scandir(D) as it:
    for e in sorted(it, key=lambda e: e.name):
        print(e.name, e.path == D + '/' + e.name, e.is_file(), e.is_dir(), e.is_symlink())

clean()
print(os.path.exists(D))
