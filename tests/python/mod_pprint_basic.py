# pprint: pformat/pprint of nested builtin containers at several widths
import pprint

data = {
    'name': 'cinder',
    'versions': [3.8, 3.9, 3.10, 3.11],
    'nested': {'a': [1, 2, 3], 'b': {'x': (1, 2), 'y': None}},
    'flags': {True, False},
    'empty': [], 'empty_t': (), 'empty_d': {}, 'empty_s': set(),
    'single': (1,),
    'long_list': list(range(40)),
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=120)
print(pprint.pformat(data, indent=4, width=60))
pprint.pprint(list(range(30)), compact=True, width=40)
pprint.pprint([list(range(8)) for _ in range(4)], width=30)
pprint.pprint([list(range(8)) for _ in range(4)], width=30, compact=True)
pprint.pprint((1, (2, (3, (4, (5, (6, (7,))))))), depth=3)
pprint.pprint({'a': {'b': {'c': {'d': 1}}}}, depth=2)
pprint.pprint([[[[['deep']]]]], depth=1)
pprint.pprint({'b': 1, 'a': 2, 'c': 3}, sort_dicts=False)
pprint.pprint({3: 'c', 1: 'a', 2: 'b'})
pprint.pprint({1: 'int', 'x': 'str', (1,): 'tuple'})
pprint.pprint({'z': list(range(20)), 'a': list(range(20))}, width=50)
pprint.pp({'b': list(range(25)), 'a': 1}, width=60)
print(pprint.pformat([{'key%d' % i: i * 'ab'} for i in range(6)], width=30))
print(pprint.pformat(frozenset(range(30)), width=50))
print(pprint.pformat(set('abcdefghijklmnopqrstuvwxyz'), width=40))
print(pprint.pformat(tuple(range(25)), width=30))
print(pprint.pformat([(i, str(i) * i) for i in range(1, 9)], width=35))
print(pprint.pformat([], width=1), pprint.pformat({}, width=1))
print(pprint.pformat([1, 2, 3], width=1))
print(pprint.pformat({'a': 1, 'b': 2}, width=1))
print(pprint.pformat([[1, 2], [3, 4]], indent=3, width=8))
