# linecache: reading source lines of files, cache invalidation
import linecache
import os

name = 'mod_linecache_basic_tmp.txt'
with open(name, 'w') as f:
    f.write('first line\nsecond line\nthird without newline')
try:
    print(repr(linecache.getline(name, 1)), repr(linecache.getline(name, 3)))
    print(repr(linecache.getline(name, 0)), repr(linecache.getline(name, 4)))
    print(len(linecache.getlines(name)), name in linecache.cache)
    with open(name, 'w') as f:
        f.write('changed content here\n')
    print(repr(linecache.getline(name, 1)))
    linecache.checkcache(name)
    print(repr(linecache.getline(name, 1)))
    linecache.clearcache()
    print(name in linecache.cache, linecache.getlines('no_such_file.py'))
    print(repr(linecache.getline('<string>', 1)), linecache.getline(__file__, 1).rstrip())
    print(linecache.getline('mod_linecache_basic.py', 2).rstrip())
finally:
    os.remove(name)
linecache.checkcache()
print(name in linecache.cache or 'gone')
