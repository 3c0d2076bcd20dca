# frozenset specifics and set methods with various iterables
fs = frozenset([3, 1, 2])
print(sorted(fs), len(fs), 2 in fs, type(fs).__name__)
print(sorted(fs | {9}), sorted(fs & {1, 9}), sorted(fs - {1}), sorted(fs ^ {1, 10}))
print(type(fs | {9}).__name__, type({9} | fs).__name__, type(fs.union([4])).__name__, type(fs.copy()).__name__)
print(fs.issubset(range(5)), fs.issuperset([1, 2]), fs.isdisjoint("abc"), fs == frozenset({1, 2, 3}), fs == {1, 2, 3})
print(hash(fs) == hash(frozenset([1, 2, 3])), hash(frozenset()) == hash(frozenset([])))
nested = {frozenset({1, 2}): "a", frozenset({3}): "b"}
print(nested[frozenset({2, 1})], frozenset({3}) in nested)
sos = {frozenset({1}), frozenset({1, 2}), frozenset({1})}
print(len(sos), sorted(sorted(x) for x in sos))
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError: frozenset has no add")
s = set("hello")
s2 = set(["h", "e"])
print(sorted(s), sorted(s2), s2 <= s, s2 < s, s > s2, sorted(s.difference("lo", "h")))
print(sorted(set.union({1}, {2}, [3], (4,), range(5, 7))))
print(sorted({1, 2, 3}.intersection([2, 3, 4], (3, 4))), sorted({1, 2}.symmetric_difference([2, 3])))
e = set()
print(e, frozenset(), repr(set()), repr(frozenset()), repr(frozenset({1})), repr({1, 2}))
pset = [frozenset()]
for x in [1, 2, 3]:
    pset += [sub | {x} for sub in pset]
print(len(pset), sorted(sorted(p) for p in pset))
print(sorted(map(len, pset)), sum(1 for p in pset if 2 in p))
print({x for x in range(10)} - {x for x in range(0, 10, 2)}, set(range(3)) == frozenset(range(3)))
