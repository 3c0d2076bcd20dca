import itertools
from itertools import count, cycle, repeat, islice

c = count()
print(c, next(c), next(c), c)
print(count(5), count(5, 2), count(-3), count(1.5), count(0, 0.25), count(2, -1))
c2 = count(10, 5)
print([next(c2) for _ in range(3)], c2)
print(list(islice(count(0.5, 0.5), 4)))
print(type(count()), type(count()).__name__, type(repeat(1)))
try:
    count('a')
except TypeError as e:
    print("TypeError:", e)

r = repeat('x', 3)
print(r, list(r), r)
print(repeat(1, 3), repeat([1, 2]), repeat(None, 0), repeat(7, -2))
print(list(repeat(7, -2)))
print(list(islice(repeat('z'), 4)))
print(list(repeat(times=2, object='k')))
print(list(map(pow, range(5), repeat(2))))
try:
    repeat()
except TypeError as e:
    print("TypeError:", e)
print(repeat(3, 4).__length_hint__())

cy = cycle('abc')
print([next(cy) for _ in range(8)])
cy2 = cycle([])
print(list(cy2))
gen_calls = []
def gen():
    for i in range(3):
        gen_calls.append(i)
        yield i
cy3 = cycle(gen())
print([next(cy3) for _ in range(7)], gen_calls)
try:
    cycle(5)
except TypeError as e:
    print("TypeError:", e)
print(repr(cycle('a')).startswith('<itertools.cycle object at '))
print(list(zip(count(1), 'abc')))
print(list(zip(cycle([0, 1]), range(5))))
