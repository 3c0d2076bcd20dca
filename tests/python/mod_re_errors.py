import re
bad = ['(ab', 'ab)', '*a', 'a**', '[abc', r'\q', '(?P<1>a)', '(?P=x)', 'a{3,1}',
       '(?P<n>a)(?P<n>b)', r'(a)\2', '[z-a]', '(?z)', '\\', r'\x4', '+', '(?<x)']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e.msg, '|', e.pos, '|', e.pattern == p, '|', str(e))
try:
    re.compile('a\n(b')
except re.error as e:
    print(e.lineno, e.colno, str(e))
print(issubclass(re.error, Exception))
try:
    re.match('a', 5)
except TypeError as e:
    print('TypeError')
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
p = re.compile('abc')
print(re.compile(p) is p, re.compile('abc') is re.compile('abc'))
print(re.match(p, 'abcd'))
