# yield from delegation
def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer received", r)
    yield 3
    return "outer-result"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    g.send("C")
except StopIteration as e:
    print("done:", e.value)
def chain(*iters):
    for it in iters:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))
def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, 5])], [[[]]], 6])))
def tree(n, prefix=""):
    yield prefix + str(n)
    for i in range(n):
        yield from tree(i, prefix + "  ")
for line in tree(3):
    print(line)
def sub_raises():
    yield "sub"
    raise ValueError("from sub")
def delegator():
    try:
        yield from sub_raises()
    except ValueError as e:
        yield "caught " + str(e)
print(list(delegator()))
def catcher():
    try:
        yield "c1"
        yield "c2"
    except KeyError:
        yield "catcher handled KeyError"
def deleg2():
    yield from catcher()
    yield "after"
d = deleg2()
print(next(d), d.throw(KeyError), next(d))
def closing_sub():
    try:
        yield 1
        yield 2
    finally:
        print("sub finally")
def deleg3():
    yield from closing_sub()
d3 = deleg3()
next(d3)
d3.close()
print("closed delegator")
def returns_value():
    return 99
    yield
def use_return():
    v = yield from returns_value()
    yield v
print(list(use_return()))
