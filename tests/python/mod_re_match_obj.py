import re
p = re.compile(r'(?P<key>[a-z]+)=(?P<val>\d+)?(;)?')
m = p.search('  abc=12; rest')
print(m.group(), m.group(0), m.group(1, 2, 3), m.group('key', 'val'))
print(m.groups(), m.groupdict(), m.start(), m.end(), m.span())
print(m.start('val'), m.end(2), m.span(3), m.string, m.re is p, m.pos, m.endpos)
print(m.lastindex, m.lastgroup, m[0], m[1], m['val'])
print(m.expand(r'<\g<val>|\1|\g<2>>'))
m2 = p.match('xy=;')
print(m2.groups(), m2.groups('-'), m2.groupdict(), m2.groupdict(0), m2.span('val'))
print(m2.lastindex, m2.lastgroup)
try:
    m.group(7)
except IndexError as e:
    print('IndexError', e)
try:
    m.group('nope')
except IndexError as e:
    print('IndexError', e)
print(p.pattern, p.flags, p.groups, sorted(p.groupindex.items()))
q = re.compile(r'\d+')
print(q.search('ab12cd345', 4), q.search('ab12cd345', 0, 3), q.match('ab12', 2))
print(q.match('ab12', 1), q.fullmatch('x123y', 1, 4), q.fullmatch('x123y', 1, 3))
print(q.findall('1 22 333 4444', 2, 10), [m.span() for m in q.finditer('1 22 333', 1)])
print(re.search('^a', 'ba', re.M), re.compile('^a').search('ba', 1))
print(re.match('(a)|(b)', 'b').lastindex, re.match('(a)|b', 'b').lastindex)
print(repr(re.match('x*', 'yyy')))
print(bool(re.match('x*', 'yyy')))
print(re.match(r'(\w)(\w)?', 'a').groups(), re.match(r'(\w)(\w)?', 'a').regs)
