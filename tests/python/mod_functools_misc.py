import functools
from functools import total_ordering, cmp_to_key, wraps, update_wrapper, cached_property, singledispatch

print(functools.WRAPPER_ASSIGNMENTS)
print(functools.WRAPPER_UPDATES)

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k) * 2
    return inner

@deco
def double_me(x: int) -> int:
    """Doc of double_me."""
    return x

print(double_me(4), double_me.__name__, double_me.__doc__, double_me.__annotations__)
print(double_me.__wrapped__(4), double_me.__qualname__, double_me.__module__)

def target():
    pass
target.extra = 'yes'
def wrapper():
    pass
update_wrapper(wrapper, target)
print(wrapper.__name__, wrapper.extra, wrapper.__wrapped__ is target)

class NoName:
    def __call__(self):
        return 1
w2 = update_wrapper(lambda: 0, NoName())
print(w2.__name__)

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return 'V%r' % (self.parts,)

a, b = Version(1, 2), Version(1, 3)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([Version(2), Version(1, 5), Version(1)]))

@total_ordering
class GE:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ge__(self, o):
        return self.v >= o.v
print(GE(1) < GE(2), GE(1) > GE(2), GE(2) <= GE(2))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)

def cmp(x, y):
    return (x > y) - (x < y)
print(sorted([5, 2, 8, 1], key=cmp_to_key(cmp)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda x, y: len(y) - len(x))))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))

class Data:
    def __init__(self, n):
        self.n = n
        self.count = 0
    @cached_property
    def total(self):
        """Sum it."""
        self.count += 1
        return sum(range(self.n))

d = Data(10)
print(d.total, d.total, d.count)
del d.total
print(d.total, d.count)
print(Data.total.__doc__, type(Data.total).__name__)
d.total = 99
print(d.total)

@singledispatch
def show(arg):
    return 'default:%r' % (arg,)

@show.register
def _(arg: int):
    return 'int:%d' % arg

@show.register(list)
def _(arg):
    return 'list of %d' % len(arg)

def show_str(arg):
    return 'str:' + arg
show.register(str, show_str)

class MyList(list):
    pass

print(show(1), show(True), show('x'), show([1, 2]), show(MyList([1])), show(2.5), show(None))
print(show.dispatch(bool) is show.dispatch(int), show.dispatch(float).__name__)
print(sorted(t.__name__ for t in show.registry.keys()))
try:
    show.register(3)
except TypeError as e:
    print("TypeError:", str(e)[:40])
