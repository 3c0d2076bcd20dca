# reprlib: the levels, per-type limits and the module-level aRepr
import reprlib
from collections import deque

r = reprlib.Repr()
data = {'key%d' % i: list(range(i)) for i in range(8)}
print(r.repr(data))
r.maxdict = 8
r.maxlist = 3
print(r.repr(data))
r.maxlevel = 1
print(r.repr(data), r.repr([[1], [2]]), r.repr(((1,),)), r.repr([]), r.repr({}))
r.maxlevel = 0
print(r.repr([1]), r.repr([]), r.repr({'a': 1}), r.repr('text'), r.repr(7))
r2 = reprlib.Repr()
r2.maxstring = 8
r2.maxother = 12
r2.maxlong = 10
print(r2.repr('abcdefghijklmnop'), r2.repr('it\'s "quoted" text'), r2.repr(2 ** 100), r2.repr(-(10 ** 20)))
print(r2.repr(3.141592653589793), r2.repr(b'bytes value here'), r2.repr(None), r2.repr(range(100)))
r2.maxtuple = 2
r2.maxset = 2
r2.maxfrozenset = 1
r2.maxdeque = 2
print(r2.repr((1, 2, 3)), r2.repr({5, 4, 3}), r2.repr(frozenset('ab')), r2.repr(deque('xyz')))
print(reprlib.aRepr.maxlist, reprlib.repr(list(range(7))), reprlib.repr(tuple(range(7))))
print(reprlib.repr('a' * 29), reprlib.repr('a' * 31), reprlib.repr(''))


class Tree:
    def __init__(self, label, *kids):
        self.label = label
        self.kids = list(kids)

    @reprlib.recursive_repr('<...>')
    def __repr__(self):
        return 'Tree(%s%s)' % (self.label, ''.join(', ' + repr(k) for k in self.kids))


t = Tree('root', Tree('a'), Tree('b', Tree('c')))
print(repr(t))
t.kids[0].kids.append(t)
print(repr(t))
print(Tree.__repr__.__qualname__, Tree.__repr__.__module__ == __name__)
