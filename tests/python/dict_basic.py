# dict creation, access, mutation, ordering
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], "b" in d, "z" in d, "z" not in d)
d["a"] = 10
print(d)
del d["b"]
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
d["b"] = 20
print(d)
print(dict(), dict(x=1, y=2), dict([("k", "v"), (1, 2)]), dict({"a": 1}, b=2), dict(zip("abc", range(3))))
print(d.get("a"), d.get("zz"), d.get("zz", "dflt"))
print(d.setdefault("a", 99), d.setdefault("new", 5), d)
print(d.pop("new"), d.pop("missing", "none"), d)
d.update({"c": 30, "e": 50})
d.update(f=60)
d.update([("g", 70)])
print(d)
print(d.popitem(), d)
e = d.copy()
e["a"] = -1
print(d["a"], e["a"])
e.clear()
print(e, len(e))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
try:
    d["missing"]
except KeyError as ex:
    print("KeyError:", ex, repr(ex.args))
try:
    d.pop("nope")
except KeyError as ex:
    print("KeyError:", ex)
try:
    {}.popitem()
except KeyError as ex:
    print("KeyError:", ex)
m = {1: "int", (1, 2): "tuple", "s": "str", None: "none", 2.5: "float", True: "bool?"}
print(m)
print(m[1], m[(1, 2)], m[None])
print({1: "a", 1.0: "b"}, {"x": 1, "x": 2})
print(d == {"a": 10, "c": 30, "b": 20, "e": 50, "f": 60}, {1: 2} == {1: 2.0}, {1: 2} != {1: 3})
order = {}
for k in ["z", "y", "x", "y", "w"]:
    order[k] = order.get(k, 0) + 1
print(order)
del order["z"]
order["z"] = 100
print(list(order), list(reversed(order)))
