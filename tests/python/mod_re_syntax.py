import re
tests = [
    (r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" and \'yo\''),
    (r'(\w)\1', 'abccd'),
    (r'foo(?=bar)', 'foobaz foobar'),
    (r'(?<!x)y', 'xy zy'),
    (r'(?<=\$)\d+', 'cost $45'),
    (r'a.c', 'a\nc abc'),
    (r'(?s)a.c', 'a\nc'),
    (r'x{2}', 'x xx xxx'),
    (r'x{2,}?', 'xxxx'),
    (r'a{,2}b', 'aaab'),
    (r'{', 'a{b'),
    (r'a{1', 'a{1'),
    (r'\Aab', 'ab'),
    (r'ab\Z', 'ab\n'),
    (r'ab$', 'ab\n'),
    (r'[]a]+', 'a]]b'),
    (r'[^a-c]+', 'abcdefa'),
    (r'[\d\s]+', 'ab 12 3x'),
    (r'[a\-z]+', 'a-z'),
    (r'[.*+]+', 'x.*+y'),
    (r'\x41\u00e9\101', 'Aé' + 'A'),
    (r'(?i)straße', 'STRAßE'),
    (r'(?x) a b  # comment\n c', 'abc'),
    (r'(?:ab)+', 'ababab'),
    (r'(a)?(?(1)b|c)', 'ab c'),
    (r'(?#comment)x', 'x'),
    (r'(?i:A)a', 'aa Aa aA'),
    (r'\bfoo\b', 'a foo b foobar'),
    (r'\d+', '١٢٣ 45'),
    (r'\w+', 'héllo wörld'),
    (r'[&~|]+', 'a&~|b'),
    (r'a|b|', 'c'),
]
for pat, s in tests:
    print(repr(pat), re.findall(pat, s), re.search(pat, s))
print(re.findall(r'\d+', '١٢٣ 45', re.A))
print(re.findall(r'\w+', 'héllo wörld', re.ASCII))
print(re.findall(r'^\w', 'ab\ncd\nef', re.M), re.findall(r'\w$', 'ab\ncd\n', re.MULTILINE))
print(re.findall(r'a.b', 'a\nb', re.S), re.findall('A', 'aA', re.IGNORECASE))
p = re.compile(r'''
    (\d{3})   # area
    [-\ ]?    # sep
    (\d{4})   # number
''', re.VERBOSE)
print(p.findall('555-1234 5551234 555 1234'))
print(p.flags & re.VERBOSE == re.VERBOSE, re.I, re.M, re.S, re.X, re.A, re.U)
print(re.compile('x', re.I | re.S))
print(re.compile(r'(?i)x').flags & re.I)
