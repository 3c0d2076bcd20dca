# fnmatch: translate output and matching of tricky patterns
import fnmatch
import re

cases = [('*', ['', 'a', '.x']), ('a*b*c', ['abc', 'aXbYc', 'acb']), ('[a-c][!0-9]', ['a1', 'bz', 'dz']),
         ('*.[ch]', ['x.c', 'y.h', 'z.o']), ('[*]', ['*', 'a']), ('[?]x', ['?x', 'ax']),
         ('\\*', ['\\x', '*']), ('[\\]', ['\\']), ('[a-]', ['-', 'a', 'b']), ('[!]]', ['a', ']']),
         ('?*?', ['a', 'ab', 'abc']), ('[--0]', ['-', '.', '0', '1']),
         ('a[b-d-f]', ['ac', 'a-', 'ae', 'af'])]
for pat, names in cases:
    # translate()'s text changed after 3.8 for some patterns: compare matches.
    print(repr(pat), [fnmatch.fnmatchcase(n, pat) for n in names])
files = ['setup.py', 'README.md', 'src/main.py', 'tests/test_x.py', 'Makefile', 'docs/index.rst']
print(fnmatch.filter(files, '*.py'), fnmatch.filter(files, '*/*'), fnmatch.filter(files, '[A-Z]*'))
rx = re.compile(fnmatch.translate('*.txt'))
print(bool(rx.match('notes.txt')), bool(rx.match('notes.txt.bak')))
print([fnmatch.fnmatch(n, 'TEST*') for n in ['TEST1', 'test1']])
