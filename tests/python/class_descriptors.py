# Descriptor protocol: __get__, __set__, __set_name__
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.public = name
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(self.public + " must be " + self.kind.__name__)
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(type(Person.name).__name__, Person.age.public)
class Constant:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, objtype=None):
        return self.v * (2 if obj is not None else 1)
class Holder:
    c = Constant(21)
h = Holder()
print(Holder.c, h.c)
h.__dict__["c"] = "instance wins for non-data descriptor"
print(h.c)
class Logged:
    def __get__(self, obj, t=None):
        print("get via descriptor")
        return 1
    def __set__(self, obj, v):
        print("set via descriptor", v)
class Box:
    attr = Logged()
b = Box()
b.attr = 5
b.__dict__["attr"] = "ignored for data descriptor"
print(b.attr)
class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, t=None):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)
class Calc:
    def __init__(self, base):
        self.base = base
    @Method
    def add(self, x):
        return self.base + x
print(Calc(10).add(5), type(Calc.__dict__["add"]).__name__)
class CachedProperty:
    def __init__(self, f):
        self.f = f
        self.name = f.__name__
    def __get__(self, obj, t=None):
        if obj is None:
            return self
        val = self.f(obj)
        obj.__dict__[self.name] = val
        return val
class Data:
    computed = 0
    @CachedProperty
    def heavy(self):
        Data.computed += 1
        return sum(range(1000))
dd = Data()
print(dd.heavy, dd.heavy, dd.heavy, Data.computed)
def f(self):
    return "bound to " + type(self).__name__
bound = f.__get__(Holder(), Holder)
print(bound(), type(f.__get__(None, Holder)).__name__ if False else "skip")
print(property.__get__ is not None, hasattr(staticmethod, "__get__"))
