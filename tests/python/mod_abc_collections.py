# abc + collections.abc: user containers built from the mixin methods
from collections.abc import (Mapping, MutableMapping, Sequence, MutableSequence, Set,
                             MutableSet, Iterable, Iterator, Sized, Container, Hashable,
                             Callable, Reversible, Collection)


class Frozen(Mapping):
    def __init__(self, *args, **kw):
        self._d = dict(*args, **kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


f = Frozen(a=1, b=2)
print(f['a'], f.get('z', 0), 'b' in f, list(f.keys()), list(f.values()), list(f.items()))
print(f == {'a': 1, 'b': 2}, f != {'a': 1}, isinstance(f, Mapping), isinstance(f, MutableMapping))


class Store(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


s = Store()
s['A'] = 1
s.update(B=2, c=3)
print(sorted(s.items()), s.pop('b'), s.setdefault('d', 4), s.popitem(), len(s))
s.clear()
print(len(s), s.get('a'))


class Range3(Sequence):
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if not -3 <= i < 3:
            raise IndexError(i)
        return (i % 3) * 10

    def __len__(self):
        return 3


r = Range3()
print(list(r), r[1:], 20 in r, r.index(20), r.count(0), list(reversed(r)))


class Stack(MutableSequence):
    def __init__(self):
        self._l = []

    def __getitem__(self, i):
        return self._l[i]

    def __setitem__(self, i, v):
        self._l[i] = v

    def __delitem__(self, i):
        del self._l[i]

    def __len__(self):
        return len(self._l)

    def insert(self, i, v):
        self._l.insert(i, v)


st = Stack()
st.append(1)
st.extend([2, 3])
st += [4]
st.reverse()
print(st._l, st.pop(), st.pop(0), st._l)
st.remove(2)
print(st._l)


class Bits(Set):
    def __init__(self, items=()):
        self._s = frozenset(items)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)


a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= Bits([1, 2, 3, 4]), a.isdisjoint([9]))


class Tags(MutableSet):
    def __init__(self):
        self._s = set()

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)


t = Tags()
t |= {'x', 'y'}
t -= {'x'}
t.add('z')
print(list(t), t.pop() in ('y', 'z'), len(t))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(isinstance(Countdown(1), Iterator), isinstance(Countdown(1), Iterable), list(Countdown(3)))
print([issubclass(list, c) for c in (Sized, Container, Hashable, Reversible, Collection, Callable)])
print(issubclass(dict, Mapping), issubclass(str, Sequence), issubclass(frozenset, Set), issubclass(int, Hashable))
try:
    Frozen.__abstractmethods__, Mapping()
except TypeError:
    print('cannot instantiate Mapping')
