# collections.OrderedDict: move_to_end, popitem(last), equality, reversed
from collections import OrderedDict

od = OrderedDict.fromkeys('abcde')
od.move_to_end('b')
print(''.join(od))
od.move_to_end('b', last=False)
print(''.join(od))
print(od.popitem(), od.popitem(last=False), ''.join(od))
try:
    od.move_to_end('zzz')
except KeyError as e:
    print('KeyError', e)
print(list(reversed(od)), list(reversed(od.items())), list(reversed(od.values())))
a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, dict(a) == dict(b), a == {'y': 2, 'x': 1})
print(repr(a), repr(OrderedDict()))
a.setdefault('z', 3)
a['x'] = 10
print(a)
del a['y']
print(a, a.pop('z'), a.pop('missing', 'dflt'))
e = OrderedDict()
try:
    e.popitem()
except KeyError as ex:
    print('KeyError', ex)
c = OrderedDict(a=1, b=2)
c.update([('c', 3)], d=4)
print(c, list(c.keys()), list(c.items()))
d2 = c.copy()
d2.move_to_end('a')
print(c, d2, c == d2)
print(OrderedDict(sorted({'b': 2, 'a': 1, 'c': 0}.items(), key=lambda kv: kv[1])))
lru = OrderedDict()
for key in ['a', 'b', 'c', 'a', 'd', 'b', 'e']:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))
print(isinstance(c, dict), c | {} if hasattr(c, '__or__') and False else 'skip')
