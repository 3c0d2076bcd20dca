# functools: partial objects in depth, reduce, update_wrapper details
import functools
from functools import partial, reduce


def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r


square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=10)
print(square(7), cube_mod(7), square(3, exp=3), partial(power, 2)(10))
print(square.func is power, square.args, square.keywords, cube_mod.keywords)
p2 = partial(partial(power, 2), 5)
print(p2(), p2.func is power, p2.args)
print(repr(partial(max, 1, key=abs)).replace('<built-in function max>', 'max'))


class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    def greet(self, name, punct='!'):
        return self.greeting + ', ' + name + punct


g = Greeter('Hi')
hello = partial(g.greet, punct='?')
print(hello('ann'), hello('bob', punct='.'))
print(list(map(partial(int, base=16), ['ff', '10', 'a'])))
print(sorted(['b10', 'a2', 'c1'], key=partial(lambda i, s: s[i:], 1)))
try:
    partial()
except TypeError:
    print('TypeError: partial needs a callable')
try:
    partial(5)
except TypeError as e:
    print('TypeError', e)
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + b, [], 'init'))
print(reduce(max, [3, 9, 2]), reduce(lambda acc, s: acc + len(s), ['ab', 'c'], 0))
try:
    reduce(lambda a, b: a, [])
except TypeError:
    print('TypeError: empty')


def deco(f):
    @functools.wraps(f)
    def inner(*a):
        return f(*a)
    return inner


@deco
@deco
def doubly(x):
    """Doc of doubly."""
    return x


print(doubly.__name__, doubly.__doc__, doubly.__wrapped__.__wrapped__.__name__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
pm = functools.partialmethod(power, exp=2)
print(type(pm).__name__, pm.func is power, pm.keywords)
