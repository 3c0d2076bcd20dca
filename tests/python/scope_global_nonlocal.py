# global and nonlocal declarations
x = "global x"
def read_global():
    return x
def write_global():
    global x
    x = "modified"
def shadow():
    x = "local"
    return x
print(read_global(), shadow(), x)
write_global()
print(x, read_global())
def create_global():
    global brand_new
    brand_new = 42
create_global()
print(brand_new)
counter = 0
def bump(n):
    global counter
    for _ in range(n):
        counter += 1
bump(5)
bump(3)
print(counter)
def outer():
    a = 1
    b = 1
    def inner():
        nonlocal a
        a += 10
        b = 100
        return a, b
    r = inner()
    return r, a, b
print(outer())
def level1():
    v = "L1"
    def level2():
        def level3():
            nonlocal v
            v = "set by L3"
        level3()
        return v
    r = level2()
    return r, v
print(level1())
def uses_global_in_nested():
    def inner():
        global counter
        counter = -1
    inner()
    return counter
print(uses_global_in_nested(), counter)
y = 1
def func_with_local_y():
    y = 2
    def g():
        return y
    return g()
print(func_with_local_y(), y)
def loopvar():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    i = 100
    return [f() for f in fs]
print(loopvar())
def nonlocal_loop():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for k in range(1, 5):
        add(k)
    return total
print(nonlocal_loop())
def unbound():
    try:
        print(z)
        z = 1
    except UnboundLocalError as e:
        print("UnboundLocalError caught", type(e).__name__, isinstance(e, NameError))
unbound()
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
