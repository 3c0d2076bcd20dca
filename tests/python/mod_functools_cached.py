# functools: cached_property, total_ordering, cmp_to_key, partialmethod, wraps
from functools import (cached_property, total_ordering, cmp_to_key,
                       partialmethod, wraps, partial, update_wrapper)


class Data:
    def __init__(self, values):
        self.values = values
        self.computed = 0

    @cached_property
    def total(self):
        self.computed += 1
        return sum(self.values)


d = Data([1, 2, 3])
print(d.total, d.total, d.computed)
d.values.append(4)
print(d.total)
del d.total
print(d.total, d.computed)
d.total = 100
print(d.total, 'total' in d.__dict__)
print(type(Data.total).__name__, Data.total.attrname)


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([Version(2), Version(1, 5), Version(1, 10)]))
print(max(a, b), min(a, b))


@total_ordering
class Rev:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v

    def __eq__(self, other):
        return self.v == other.v


print(Rev(1) < Rev(2), Rev(1) >= Rev(2), Rev(2) <= Rev(2))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)


def by_length_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


words = ['pear', 'fig', 'apple', 'kiwi', 'banana', 'date']
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(3) == K(3), K(2) >= K(5))


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state):
        self.alive = state

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return func(*args, **kwargs)
    return wrapper


@logged
def add(x, y):
    """Add two numbers."""
    return x + y


print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__.__name__)
print(add.__qualname__, add.__module__)


def target():
    pass


target.custom = 'attr'


def w():
    pass


update_wrapper(w, target)
print(w.__name__, w.custom, w.__wrapped__ is target)
p = partial(int, base=2)
print(p('101'), p.func, p.args, p.keywords)
p2 = partial(p, '111')
print(p2(), p2.args)
