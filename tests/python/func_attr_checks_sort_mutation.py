def f(a, b=1):
    return a
for attr, val in [("__name__", 1), ("__qualname__", None), ("__defaults__", 3), ("__kwdefaults__", []),
                  ("__annotations__", 5), ("__dict__", None), ("__globals__", {}), ("__closure__", ())]:
    try:
        setattr(f, attr, val)
        print(attr, "set")
    except (TypeError, AttributeError) as e:
        print(attr, type(e).__name__, e)
f.__name__ = "g"
f.__defaults__ = None
f.__dict__ = {"x": 1}
print(f.__name__, f.__defaults__, f.x)
L = [3, 1, 2]
def key(x):
    L.append(9)
    L.pop()
    return x
try:
    L.sort(key=key)
except ValueError as e:
    print(e)
print(L)
