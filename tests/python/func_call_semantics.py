# Argument passing semantics: object identity, mutation, rebinding, defaults
def mutate(lst, dct, num, s):
    lst.append(4)
    dct["new"] = True
    num += 1
    s += "!"
    return num, s
L, D, N, S = [1, 2, 3], {"a": 1}, 10, "str"
print(mutate(L, D, N, S))
print(L, D, N, S)
def identity_check(x, original):
    return x is original
obj = object()
print(identity_check(obj, obj), identity_check([], []))
def returns_same(x):
    return x
big = [1] * 5
print(returns_same(big) is big)
def kw_and_pos(a, b, c):
    return "a=%s b=%s c=%s" % (a, b, c)
print(kw_and_pos(1, 2, 3), kw_and_pos(c=3, a=1, b=2), kw_and_pos(1, c=3, b=2))
def count_calls():
    count_calls.n += 1
    return count_calls.n
count_calls.n = 0
count_calls(); count_calls()
print(count_calls())
def recursion_with_accumulator(n, acc=None):
    if acc is None:
        acc = []
    if n == 0:
        return acc
    acc.append(n)
    return recursion_with_accumulator(n - 1, acc)
print(recursion_with_accumulator(5), recursion_with_accumulator(3))
def returns_function(kind):
    if kind == "add":
        def op(a, b):
            return a + b
    else:
        def op(a, b):
            return a * b
    return op
print(returns_function("add")(3, 4), returns_function("mul")(3, 4), returns_function("add").__name__)
def varargs_identity(*args):
    return args
t = (1, 2)
print(varargs_identity(*t) == t, type(varargs_identity()).__name__)
def kwargs_copy(**kw):
    kw["added"] = 1
    return kw
orig = {"x": 1}
print(kwargs_copy(**orig), orig)
def nested_defaults(a, b=[], c={}):
    b.append(a)
    c[a] = len(b)
    return b, c
print(nested_defaults(1), nested_defaults(2), nested_defaults(3, []))
def side_effect_order():
    out = []
    def f(tag):
        out.append(tag)
        return tag
    def g(a, b, c):
        return a + b + c
    g(f("1"), f("2"), f("3"))
    return out
print(side_effect_order())
print((lambda *a, **k: (len(a), len(k)))(*range(4), **dict.fromkeys("xyz")))
