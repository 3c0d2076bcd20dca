import functools
from functools import partial, reduce, partialmethod

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda a, b: a + b, [], 'init'))
print(reduce(max, [3, 9, 2]))
for bad in [lambda: reduce(lambda a, b: a, []), lambda: reduce(lambda a, b: a, 5)]:
    try:
        bad()
    except TypeError as e:
        # 3.8 says "sequence" where later versions say "iterable".
        print("TypeError:", str(e).replace("empty iterable", "empty sequence"))

def f(a, b, c=3, *, d=4):
    return (a, b, c, d)

p = partial(f, 1)
print(p(2), p(2, 5), p(2, d=9))
print(p.func is f, p.args, p.keywords)
p2 = partial(p, 2, d=7)
print(p2.func is f, p2.args, p2.keywords, p2())
print(p2(c=0, d=1))
print(repr(partial(int, base=16)))
print(repr(partial(max, 1, 2)))
print(partial(int, base=2)('1010'))
try:
    partial(5)
except TypeError as e:
    print("TypeError:", e)
try:
    partial()
except TypeError as e:
    print("TypeError:", e)

class MyPartial(partial):
    pass
mp = MyPartial(max, 3)
print(type(mp).__name__, mp(1), mp(7), isinstance(mp, partial))
print(repr(mp).startswith("MyPartial(<built-in function max>, 3"))

p3 = partial(sorted, key=len)
print(p3(['ccc', 'a', 'bb']))
print(p3(['ccc', 'a', 'bb'], key=None))
p3.attr = 'x'
print(p3.attr)

class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state, extra=None):
        self._alive = (state, extra)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, extra='dead')

c = Cell()
c.set_alive()
print(c._alive)
c.set_dead()
print(c._alive)
c.set_alive(extra=5)
print(c._alive)
print(list(map(partial(pow, 2), range(5))))
print(functools.reduce is reduce)
