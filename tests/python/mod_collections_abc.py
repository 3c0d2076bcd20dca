import collections
import collections.abc as abc
from collections.abc import (Iterable, Iterator, Sequence, MutableSequence, Mapping,
                             MutableMapping, Sized, Container, Hashable, Callable,
                             Set, MutableSet, Collection, Reversible, Generator)

def gen():
    yield 1

checks = [
    ([], Iterable), ([], Sequence), ([], MutableSequence), ((), Sequence),
    ((), MutableSequence), ('s', Sequence), ({}, Mapping), ({}, MutableMapping),
    (set(), Set), (set(), MutableSet), (frozenset(), Set), (frozenset(), MutableSet),
    (iter([]), Iterator), ([], Iterator), (gen(), Generator), (gen(), Iterator),
    (1, Hashable), ([], Hashable), (len, Callable), (1, Callable), ({}, Sized),
    (range(3), Sequence), (b'x', Sequence), ({}.keys(), Set), (5, Iterable),
    (collections.deque(), MutableSequence), (collections.OrderedDict(), MutableMapping),
    (collections.Counter(), Mapping), ([], Collection), ([], Reversible),
]
for obj, cls in checks:
    print(type(obj).__name__, cls.__name__, isinstance(obj, cls))

print(issubclass(list, Sequence), issubclass(dict, Sequence), issubclass(str, Container))

class Duck:
    def __iter__(self):
        return iter([1])
    def __len__(self):
        return 1
print(isinstance(Duck(), Iterable), isinstance(Duck(), Sized), isinstance(Duck(), Sequence))

class MySeq(Sequence):
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        return self.data[i]
    def __len__(self):
        return len(self.data)

s = MySeq([1, 2, 3, 2])
print(list(s), 2 in s, 9 in s, s.index(3), s.count(2), list(reversed(s)), len(s))
print(isinstance(s, Sequence), isinstance(s, Iterable), isinstance(s, MutableSequence))
try:
    s.index(99)
except ValueError:
    print("ValueError")

class Incomplete(Sequence):
    pass
try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)

class MyMap(MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)

m = MyMap()
m['a'] = 1
m.update({'b': 2}, c=3)
m.setdefault('d', 4)
print(sorted(m.items()), sorted(m.keys()), sorted(m.values()), m.get('zz'), 'a' in m)
print(m.pop('a'), m.pop('zz', None), len(m), m == {'b': 2, 'c': 3, 'd': 4})
print(m.popitem(), len(m))
m.clear()
print(len(m), isinstance(m, Mapping), isinstance(m, dict))

class Registered:
    pass
Sequence.register(Registered)
print(isinstance(Registered(), Sequence), issubclass(Registered, Iterable), issubclass(Registered, MutableSequence))

class MySet(Set):
    def __init__(self, items=()):
        self.items = list(dict.fromkeys(items))
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
a, b = MySet('abc'), MySet('bcd')
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= MySet('abcd'), a == MySet('cba'), a.isdisjoint(MySet('xy')))
print(abc.Mapping is collections.abc.Mapping)
