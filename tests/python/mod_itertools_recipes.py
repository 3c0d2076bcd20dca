# itertools: combinations of tools as in the documentation recipes
import itertools as it
import operator


def take(n, iterable):
    return list(it.islice(iterable, n))


def pairwise(iterable):
    a, b = it.tee(iterable)
    next(b, None)
    return zip(a, b)


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))


def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))


def unique_everseen(iterable, key=None):
    seen = set()
    for element in it.filterfalse(seen.__contains__, iterable) if key is None else iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element


def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return it.filterfalse(pred, t1), filter(pred, t2)


print(take(5, it.count(10, 3)), take(4, it.cycle('ab')), list(it.repeat('x', 3)))
print(list(pairwise('abcd')), list(grouper('abcdefg', 3, 'x')))
print(list(roundrobin('abc', 'd', 'ef')))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate([1, 2, 3], initial=100)))
print([(k, len(list(g))) for k, g in it.groupby('aaabbcaa')])
print([(k, list(g)) for k, g in it.groupby(sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry']), key=lambda w: w[0])])
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.product('ab', range(2))), list(it.product([0, 1], repeat=2)))
print(list(it.permutations('abc', 2)), len(list(it.permutations(range(5)))))
print(list(it.combinations_with_replacement('abc', 2)))
print(list(it.zip_longest('abc', [1], fillvalue='-')), list(it.islice('abcdefg', 1, None, 2)))
a, b, c = it.tee([1, 2, 3], 3)
print(list(a), list(b), list(c))
print(sum(1 for _ in it.combinations(range(10), 4)), list(it.chain('ab', [1], ())))
data = [('x', 1), ('y', 2), ('x', 3)]
print(dict((k, sum(v for _, v in g)) for k, g in it.groupby(sorted(data), key=operator.itemgetter(0))))
print(list(map(operator.mul, it.repeat(2), [1, 2, 3])), next(it.count()), list(it.islice(it.count(0.5, 0.25), 3)))
