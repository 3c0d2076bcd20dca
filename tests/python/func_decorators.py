# Decorators: simple, parameterized, stacked, class-based
log = []
def trace(f):
    def wrapper(*args, **kwargs):
        log.append("call " + f.__name__ + " " + repr(args))
        result = f(*args, **kwargs)
        log.append("ret " + repr(result))
        return result
    wrapper.__name__ = f.__name__
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(2, 3), add("x", "y"))
print(log)
print(add.__name__)
def repeat(n):
    def deco(f):
        def wrapper(*a):
            return [f(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def bold(f):
    return lambda: "<b>" + f() + "</b>"
def italic(f):
    return lambda: "<i>" + f() + "</i>"
@bold
@italic
def text():
    return "txt"
print(text())
order = []
def mark(label):
    order.append("factory " + label)
    def deco(f):
        order.append("apply " + label)
        return f
    return deco
@mark("outer")
@mark("inner")
def target():
    pass
print(order)
registry = {}
def register(f):
    registry[f.__name__] = f
    return f
@register
def one():
    return 1
@register
def two():
    return 2
print(sorted(registry), registry["two"]())
class CountCalls:
    def __init__(self, f):
        self.f = f
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.f(*a)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls)
def with_default(f=None, *, prefix=">"):
    if f is None:
        return lambda g: with_default(g, prefix=prefix)
    return lambda *a: prefix + str(f(*a))
@with_default
def p1(x):
    return x
@with_default(prefix="#")
def p2(x):
    return x * 2
print(p1(5), p2(5))
def deco_class(cls):
    cls.tag = "decorated"
    return cls
@deco_class
class Thing:
    pass
print(Thing.tag)
