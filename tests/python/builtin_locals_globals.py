# locals(), globals(), vars(), dir() on simple objects
g_value = 10
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(f(1), f(5, 5))
def g():
    x = 1
    def inner():
        return x
    return sorted(locals())
print(g())
print("g_value" in globals(), globals()["g_value"], type(globals()).__name__)
globals()["dynamic_name"] = "created via globals()"
print(dynamic_name)
class K:
    a = 1
    def m(self):
        pass
k = K()
k.z = 26
print(vars(k), sorted(n for n in vars(K) if not n.startswith("__")))
print([n for n in dir(k) if not n.startswith("__")])
print("append" in dir([]), "upper" in dir(""), "keys" in dir({}), "__len__" in dir(()))
def counter():
    total = 0
    for i in range(3):
        total += i
    return {k: v for k, v in locals().items() if k != "i"}
print(counter())
print(sorted(vars(type("T", (), {"x": 1, "y": 2}))) [:2] if False else "skip")
def with_args(*args, **kwargs):
    return sorted(locals())
print(with_args(1, k=2))
