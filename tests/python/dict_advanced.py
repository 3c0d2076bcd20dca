# More dict behaviors: key types, equality, views, mutation patterns
d = {}
d[1] = "int one"
d[True] = "bool true overwrites"
d[1.0] = "float overwrites"
print(d, len(d))
d[(1, 2)] = "tuple"
d[frozenset({1})] = "frozenset"
d[None] = "none"
d["1"] = "string"
print(len(d), d[(1, 2)], d[frozenset([1])], d[None], d["1"], d[1])
print({1: 1, 2: 2} == {2: 2, 1: 1}, list({1: 1, 2: 2}) == list({2: 2, 1: 1}))
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 40}
merged = {**a, **b}
print(merged)
merged2 = dict(a)
merged2.update(b)
print(merged2 == merged)
print(sorted(a.keys() & b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()), sorted(a.items() - {("x", 1)}))
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: kv[1]))
nested = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = nested
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(nested)
def walk(node, depth=0):
    for k in sorted(node):
        print("  " * depth + k)
        walk(node[k], depth + 1)
walk(nested)
keys = list(a)
for k in keys:
    if a[k] % 2:
        del a[k]
print(a)
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), big[999], list(big)[:5], 500 in big, 501 in big)
big[0] = "re-added"
print(list(big)[-1], list(big.items())[-1])
dv = {"k": "v"}.values()
print(dv, list(dv), "v" in dv)
print({}.get("x", {}).get("y", "deep default"))
pairs = list(zip("abc", [1, 2, 3]))
dd = dict(pairs)
print(dd, dict(sorted(dd.items(), reverse=True)))
print(dict.fromkeys(range(3), []), {k: [] for k in range(2)})
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
print(repr({}), repr({"q": {"r": []}}), str({1: (2, 3)}))
