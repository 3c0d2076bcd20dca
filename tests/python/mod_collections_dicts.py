from collections import defaultdict, OrderedDict

dd = defaultdict(list)
dd['a'].append(1)
dd['b'].append(2)
dd['a'].append(3)
print(dd, dd['a'], len(dd), isinstance(dd, dict))
print(dd.default_factory, repr(dd))
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(int, a=1))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 1
print(dict(nested['x']))
plain = defaultdict()
try:
    plain['missing']
except KeyError as e:
    print("KeyError:", e)
print(dd.get('zzz'), 'zzz' in dd)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
cp = dd.copy()
cp['c'].append(9)
print(type(cp).__name__, cp.default_factory, sorted(cp), sorted(dd))
dd.default_factory = set
dd['s'].add(1)
print(dd['s'], dd.default_factory)
class MyDD(defaultdict):
    pass
print(MyDD(int, {'k': 1}))
r = defaultdict(list)
r['self'] = r
print(r)

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
od.update([('x', 1), ('y', 2)], z=3)
print(od)
print(OrderedDict(), OrderedDict(a=1), OrderedDict([('k', [1, 2])]))
o1 = OrderedDict([('a', 1), ('b', 2)])
o2 = OrderedDict([('b', 2), ('a', 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 != o2)
print(list(reversed(o1)), o1.pop('a'), o1.pop('zz', 'dflt'), o1)
print(o1.setdefault('b', 9), o1.setdefault('n', 7), o1)
print(OrderedDict.fromkeys('abc', 0))
print(o1.copy(), type(o1.copy()).__name__)
for bad in [lambda: OrderedDict().popitem(), lambda: od.move_to_end('nope'),
            lambda: OrderedDict().pop('x')]:
    try:
        bad()
    except KeyError as e:
        print("KeyError:", e)
od3 = OrderedDict.fromkeys('abcde')
od3.move_to_end('c', False)
od3.move_to_end('a')
print(''.join(od3))
del od3['e']
print(list(od3), isinstance(od3, dict))
