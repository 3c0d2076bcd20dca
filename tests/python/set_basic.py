# set and frozenset operations (ints, sorted for strings)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([10], (11,)), a.intersection(range(3)), a.issubset({1, 2, 3, 4, 5}), a.issuperset({1}), a.isdisjoint({9}))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1, 2, 3} > {1}, {1} == {1.0})
s = set()
s.add(5)
s.add(5)
s.add(3)
print(s, len(s), 5 in s, 4 in s)
s.update([1, 2], {9})
print(s)
s.discard(100)
s.discard(1)
s.remove(2)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
print(s.pop() in {3, 5, 9}, len(s))
s.clear()
print(s, set(), len(s))
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
c = {1, 2, 3}
c |= {4}
c &= {1, 2, 4, 8}
c -= {1}
c ^= {2, 16}
print(c)
fs = frozenset([1, 2, 2, 3])
print(fs, len(fs), 2 in fs, fs | {9}, type(fs | {9}).__name__, type({9} | fs).__name__)
print(frozenset(), {fs: "frozen key"}[frozenset({3, 2, 1})])
print({frozenset({1}), frozenset({1})}, fs == {1, 2, 3})
words = {"pear", "apple", "fig"}
print(sorted(words), sorted(words | {"kiwi"}), sorted(w.upper() for w in words))
print(sorted(set("mississippi")), len(set([1, 1, 1])), set(range(5)))
dups = [3, 1, 3, 2, 1, 5, 2]
seen = set()
uniq = []
for x in dups:
    if x not in seen:
        seen.add(x)
        uniq.append(x)
print(uniq, sorted(seen))
print({x % 3 for x in range(10)}, {-1, -2, 0}, {100, 1, 50})
print(set([(1, 2), (1, 2), (2, 1)]) == {(1, 2), (2, 1)})
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
print(a.copy() == a, a.copy() is a, sum(a), max(b), sorted(a ^ b, reverse=True))
