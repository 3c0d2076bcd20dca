# pprint: collections types, saferepr, isreadable, PrettyPrinter
import pprint
from collections import OrderedDict, defaultdict, Counter, ChainMap, deque
from collections import UserDict, UserList

od = OrderedDict((k, list(range(v))) for k, v in [('z', 5), ('a', 12), ('m', 8)])
pprint.pprint(od)
pprint.pprint(od, width=30)
pprint.pprint(OrderedDict())
dd = defaultdict(list, {'x': list(range(15)), 'y': [1]})
pprint.pprint(dd, width=40)
pprint.pprint(defaultdict(int))
c = Counter('abracadabra' * 3 + 'simsalabim')
pprint.pprint(c, width=30)
pprint.pprint(c)
cm = ChainMap({'a': 1, 'b': list(range(12))}, {'c': 3})
pprint.pprint(cm, width=30)
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(deque(range(30), maxlen=30), width=40)
pprint.pprint(UserDict({'k%d' % i: i for i in range(12)}), width=40)
pprint.pprint(UserList(range(40)), width=40)
print(pprint.saferepr([1, {'b': 2, 'a': (3,)}]))
print(pprint.isreadable([1, 'x', (2.5, None)]), pprint.isreadable([object]))
print(pprint.isrecursive([1, 2]))
r = [1, 2]
r.append(r)
print(pprint.isrecursive(r), pprint.isreadable(r))
pp = pprint.PrettyPrinter(indent=2, width=30, depth=2)
pp.pprint({'a': [1, [2, [3, [4]]]], 'b': 'text'})
print(pp.pformat(list('abcdefghijklmnop')))
print(pp.isreadable({'a': 1}), pp.isrecursive({'a': 1}))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError', e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


pprint.pprint([Point(i, i * i) for i in range(8)], width=40)
pprint.pprint({'origin': Point(0, 0)})
print(pprint.isreadable(Point(1, 2)))


class MyList(list):
    pass


pprint.pprint(MyList(range(30)), width=40)


class ReprList(list):
    def __repr__(self):
        return 'ReprList(%d items)' % len(self)


pprint.pprint(ReprList(range(30)), width=10)
