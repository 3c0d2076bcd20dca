# Deeply nested functions and late binding
def a():
    x = 1
    def b():
        y = 2
        def c():
            z = 3
            def d():
                return x + y + z
            return d
        return c
    return b
print(a()()()())
def counter_factory():
    counts = {}
    def counter(name):
        def inc():
            counts[name] = counts.get(name, 0) + 1
            return counts[name]
        return inc
    return counter, counts
counter, counts = counter_factory()
ia = counter("a")
ib = counter("b")
ia(); ia(); ib()
print(counts, ia())
def make_ops():
    ops = {}
    for name, fn in [("double", lambda v: v * 2), ("square", lambda v: v * v)]:
        def wrapped(v, fn=fn, name=name):
            return name + ":" + str(fn(v))
        ops[name] = wrapped
    return ops
ops = make_ops()
print(ops["double"](5), ops["square"](5))
def shadowing():
    v = "outer"
    def inner():
        v = "inner"
        def innermost():
            return v
        return innermost()
    return inner(), v
print(shadowing())
def rebinder():
    value = 0
    def setter(n):
        nonlocal value
        value = n
    def getter():
        return value
    setter(10)
    a = getter()
    setter(20)
    return a, getter(), value
print(rebinder())
def recursive_inner(n):
    def helper(k):
        return 1 if k <= 1 else k * helper(k - 1)
    return helper(n)
print(recursive_inner(10))
def closure_over_param(p):
    return lambda: p * 2
fns = [closure_over_param(i) for i in range(4)]
print([f() for f in fns])
def outer_changes_after():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    add(1)
    items = ["replaced"]
    add(2)
    return items
print(outer_changes_after())
x = "global"
def reads_global_then_local_in_nested():
    def inner():
        return x
    return inner()
print(reads_global_then_local_in_nested())
def class_in_function(v):
    class Local:
        attr = v
        def get(self):
            return self.attr, v
    return Local().get()
print(class_in_function("cv"))
