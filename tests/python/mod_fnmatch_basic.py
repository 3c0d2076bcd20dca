# fnmatch: fnmatch, fnmatchcase, filter, translate
import fnmatch

names = ['main.py', 'test_a.py', 'test_b.txt', 'README', 'readme.md', 'a1',
         'a2', 'ab', 'x[1]', '.hidden', 'dir/file.py', 'data-01.csv', 'data_x.csv']
for pat in ['*.py', 'test_*', '*.??', 'a?', 'a[12]', 'a[!1]', '[A-Z]*', '*',
            '?', 'x[[]1]', '*[!.]*', 'data[-_]*.csv', '[!a-z]*', '*/*.py',
            '[a-]*', '[]]', '[!]]*', '[', 'a[', '*.PY', '[0-9]*', '.*']:
    print(repr(pat), fnmatch.filter(names, pat))
print(fnmatch.fnmatch('file.PY', '*.py'), fnmatch.fnmatchcase('file.PY', '*.PY'))
print(fnmatch.fnmatch('abc', 'a*c'), fnmatch.fnmatch('abc', 'a*d'), fnmatch.fnmatch('', '*'))
print(fnmatch.fnmatch('a\nb', 'a?b'), fnmatch.fnmatch('a\nb', 'a*'))
print(fnmatch.fnmatch('[x]', '[[]x]'), fnmatch.fnmatch('\\', '[\\]'))
for pat in ['*.py', 'a?c', '[abc]', '[!abc]', 'a.b', '[', 'x+y', '[a-c]d', '[^x]', '*?']:
    print(repr(pat), fnmatch.translate(pat))
print(fnmatch.fnmatch('a-b', '*[-]*'), fnmatch.fnmatch('a^b', 'a[\\^]b'))
print(fnmatch.fnmatch('hello.txt', 'h*l*.t?t'), fnmatch.fnmatch('hlo.txt', 'h*l*.t?t'))
print(fnmatch.fnmatch('a&b', 'a[&]b'), fnmatch.fnmatch('a~b', 'a[~|]b'))
