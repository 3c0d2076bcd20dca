# Sets in algorithms: dedup, membership, relations
a = set(range(0, 30, 2))
b = set(range(0, 30, 3))
print(sorted(a & b), sorted(a | b)[:10], len(a | b), sorted(a - b), sorted(a ^ b)[:6])
print(a.isdisjoint({1, 3}), {6, 12} <= a & b, (a & b) < a, a >= a)
print(sorted(set("hello") & set("world")), sorted(set("hello") | set("world")), sorted(set("hello") - set("world")))
seen = set()
dups = set()
for x in [4, 7, 4, 1, 7, 9, 4, 3]:
    if x in seen:
        dups.add(x)
    seen.add(x)
print(sorted(seen), sorted(dups))
def jaccard(s1, s2):
    return len(s1 & s2) / len(s1 | s2)
print(round(jaccard({1, 2, 3}, {2, 3, 4}), 4), jaccard(set("abc"), set("abc")))
friends = {"ann": {"bob", "cy"}, "bob": {"ann", "dee"}, "cy": {"ann"}, "dee": {"bob"}}
for p in sorted(friends):
    fof = set()
    for f in friends[p]:
        fof |= friends[f]
    fof -= friends[p] | {p}
    print(p, sorted(fof))
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault(frozenset(w), set()).add(w)
print(sorted(sorted(g) for g in groups.values()))
s = {1, 2, 3}
s2 = s
s |= {4}
print(s is s2, sorted(s2))
s = s | {5}
print(s is s2, sorted(s), sorted(s2))
fs = frozenset({1, 2})
fs2 = fs
fs |= {3}
print(fs is fs2, sorted(fs), sorted(fs2))
print(set() == frozenset(), {1} == frozenset({1}), hash(frozenset()) == hash(frozenset()))
print(len({(i % 3, i % 5) for i in range(30)}), sorted({i * i % 7 for i in range(20)}))
sets = [{1, 2, 3}, {2, 3, 4}, {3, 4, 5}]
inter = sets[0].intersection(*sets[1:])
uni = set().union(*sets)
print(inter, sorted(uni), set.intersection(*sets), sorted(set.union(*sets)))
x = {10, 20}
x.update(range(3), [20, 30])
x.difference_update({0, 1})
x.intersection_update(range(25))
x.symmetric_difference_update({2, 99})
print(sorted(x))
print(sorted({-1, -5, 3}), min({4, 2, 8}), max(frozenset({4, 2, 8})), sum({1, 2, 3}))
