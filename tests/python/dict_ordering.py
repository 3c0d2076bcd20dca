# Insertion order preservation through updates, deletes, pops and copies
d = {}
for k in "zyxwv":
    d[k] = ord(k)
print(list(d))
d["y"] = 0
print(list(d), d["y"])
del d["z"]
d["z"] = 1
print(list(d))
d.pop("x")
d.setdefault("x", 2)
print(list(d), list(d.values()))
d.update({"a": 3, "w": 4})
print(list(d.items()))
print(d.popitem(), list(d))
c = d.copy()
c["new"] = 5
print(list(d), list(c))
print(list({**{"b": 1}, **{"a": 2}, **{"b": 3}}))
print(list(dict.fromkeys("mississippi")), "".join(dict.fromkeys("mississippi")))
def dedupe_keep_order(seq):
    return list(dict.fromkeys(seq))
print(dedupe_keep_order([3, 1, 3, 2, 1, 4]))
od = {i: i for i in range(5)}
for i in range(5):
    val = od.pop(i)
    od[i] = val * 10
print(od)
rev = dict(reversed(list(od.items())))
print(rev, list(reversed(od)))
inv = {v: k for k, v in od.items()}
print(inv)
sorted_by_value = dict(sorted({"b": 2, "c": 1, "a": 3}.items(), key=lambda kv: kv[1]))
print(sorted_by_value, list(sorted_by_value))
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, list({1: "a", 2: "b"}.items()) == list({2: "b", 1: "a"}.items()))
keys_view = od.keys()
od[99] = 990
print(list(keys_view), len(keys_view))
