# reprlib: Repr limits and recursive_repr
import reprlib
from collections import deque

print(reprlib.repr(list(range(100))))
print(reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr(()))
print(reprlib.repr(set(range(20))), reprlib.repr(frozenset(range(20))))
print(reprlib.repr(set()), reprlib.repr(frozenset()), reprlib.repr({}))
print(reprlib.repr({i: str(i) for i in range(10)}))
print(reprlib.repr('x' * 100))
print(reprlib.repr('short'))
print(reprlib.repr(10 ** 100))
print(reprlib.repr(deque(range(20))))
print(reprlib.repr([[[[[[[[1]]]]]]]]))
print(reprlib.repr({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}))
print(reprlib.repr(object) if False else reprlib.repr(3.5))


class Long:
    def __repr__(self):
        return 'Long(' + 'z' * 60 + ')'


class Broken:
    def __repr__(self):
        raise ValueError('no repr')


print(reprlib.repr(Long()))
print(reprlib.repr(Broken()).startswith('<Broken instance at 0x'))
r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
r.maxlevel = 2
print(r.repr([1, 2, 3, 4]), r.repr('abcdefghijklmnop'), r.repr([[[1]]]))
r.maxdict = 1
print(r.repr({'b': 1, 'a': 2}), r.repr({3: 1, 'x': 2}))


class MyRepr(reprlib.Repr):
    def repr_int(self, x, level):
        return 'INT'


print(MyRepr().repr([1, 'a', (2, 3)]))


class Node:
    def __init__(self, value):
        self.value = value
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%r, %r)' % (self.value, self.children)


n = Node(1)
n.children.append(Node(2))
n.children.append(n)
print(repr(n))
print(Node.__repr__.__name__)


class Other:
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return '<Other %r>' % (self.me,)


o = Other()
o.me = [o]
print(repr(o))
