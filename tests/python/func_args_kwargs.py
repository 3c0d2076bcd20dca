# *args and **kwargs, unpacking in calls
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f())
print(f(1, 2, 3))
print(f(a=1, b=2))
print(f(1, *[2, 3], *(4,), x=5, **{"y": 6, "z": 7}))
def add3(a, b, c):
    return a + b + c
nums = [1, 2, 3]
print(add3(*nums), add3(1, *nums[1:]), add3(*"abc"), add3(**{"a": 1, "b": 2, "c": 3}), add3(1, **{"c": 3, "b": 2}))
def summary(first, *rest, sep=", "):
    return first + ": " + sep.join(str(r) for r in rest)
print(summary("nums", 1, 2, 3))
print(summary("letters", "a", "b", sep="|"))
print(summary("empty"))
def kw_only(**opts):
    for k in sorted(opts):
        print(" ", k, "=", opts[k])
    return len(opts)
print(kw_only(alpha=1, beta=[2], gamma=None))
def wrapper(*a, **k):
    return add3(*a, **k)
print(wrapper(1, 2, c=10))
def count_types(*items):
    res = {}
    for it in items:
        n = type(it).__name__
        res[n] = res.get(n, 0) + 1
    return res
print(count_types(1, "a", 2.0, 3, "b", None, [1]))
def merge(**kw):
    return kw
d1 = {"a": 1, "b": 2}
d2 = {"c": 3}
print(merge(**d1, **d2), merge(**d1, z=26))
try:
    merge(**d1, **{"a": 9})
except TypeError as e:
    print("TypeError: duplicate 'a'", "'a'" in str(e))
def pos_then_star(a, b, *args):
    return a, b, args
print(pos_then_star(*range(5)), pos_then_star(1, 2))
print(type(f(1)[0]).__name__, type(f(k=1)).__name__)
def star_mod(*args):
    args = list(args)
    args.append("extra")
    return args
print(star_mod(1, 2))
print(max(*[3, 9, 2]), print(*["a", "b"], sep="-"))
