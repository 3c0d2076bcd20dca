import operator
from itertools import (accumulate, chain, compress, dropwhile, filterfalse,
                       groupby, islice, starmap, takewhile, tee, zip_longest, count)

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=5)), list(accumulate([])))
print(list(accumulate(['a', 'b', 'c'])))
print(list(accumulate([1, 2, 3], func=lambda a, b: a - b, initial=0)))

print(list(chain('abc', [1, 2], (), range(2))))
print(list(chain()), list(chain.from_iterable(['ab', 'cd', ''])))
print(list(chain.from_iterable([[1], [2, [3]]])))
ch = chain([1], 5)
print(next(ch))
try:
    next(ch)
except TypeError as e:
    print("TypeError:", e)

print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(compress('ABC', [0, 1])), list(compress(range(10), count())))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, '', 'a', None, []])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))

print([k for k, g in groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in groupby('AAAABBBCCD')])
data = [('a', 1), ('a', 2), ('b', 3), ('c', 4), ('c', 5)]
for key, group in groupby(data, key=operator.itemgetter(0)):
    print(key, list(group))
gb = groupby([1, 1, 2, 2, 3])
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
print(list(groupby([])))
print([(k, len(list(g))) for k, g in groupby([1, 1.0, True, 2, 2.0])])
print([(k, list(g)) for k, g in groupby(range(10), lambda x: x // 3)])

print(list(islice('ABCDEFG', 2)))
print(list(islice('ABCDEFG', 2, 4)))
print(list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(range(10), None, None, 3)), list(islice(range(10), 8, 3)))
print(list(islice(count(), 5, 20, 4)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
for args in [('abc', -1), ('abc', 1, -1), ('abc', 0, 3, 0), ('abc', 'x'),
             ('abc', 1, 2, -1), ('abc',), ('abc', 1, 2, 3, 4), ('abc', 1.5)]:
    try:
        print(list(islice(*args)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
t3 = tee('xyz', 3)
print(len(t3), [list(t) for t in t3])
print(tee([1], 0))
try:
    tee([1], -1)
except ValueError as e:
    print("ValueError:", e)
x, y = tee(count())
print(next(x), next(x), next(y), type(x).__name__)
x2, = tee(x, 1)
print(next(x2), next(x))

print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest('AB', [1, 2, 3], [True])))
print(list(zip_longest()), list(zip_longest('ab')))
try:
    zip_longest('a', bad=1)
except TypeError as e:
    print("TypeError:", e)
