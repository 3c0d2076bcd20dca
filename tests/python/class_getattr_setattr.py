# __getattr__, __setattr__, __getattribute__, __delattr__, __slots__
class Dynamic:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return "generated " + name[5:]
        raise AttributeError("no attribute " + name)
d = Dynamic()
print(d.real, d.auto_x, d.auto_hello, getattr(d, "auto_q"), hasattr(d, "missing"), getattr(d, "missing", "dflt"))
class Logged:
    def __setattr__(self, name, value):
        print("set", name, "=", repr(value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
lg = Logged()
lg.a = 1
lg.b = [2]
lg.a += 10
print(lg.a, lg.b)
del lg.b
print(hasattr(lg, "b"))
class Counting:
    def __init__(self):
        object.__setattr__(self, "reads", 0)
        self.x = 5
    def __getattribute__(self, name):
        if name != "reads":
            object.__setattr__(self, "reads", object.__getattribute__(self, "reads") + 1)
        return object.__getattribute__(self, name)
c = Counting()
c.x; c.x; c.x
print(c.reads)
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, k, v):
        raise AttributeError("frozen: cannot set " + k)
f = Frozen(a=1, b=2)
print(f.a, f.b)
try:
    f.a = 5
except AttributeError as e:
    print("AttributeError:", e)
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
s = Slotted(1, 2)
s.x = 10
print(s.x, s.y, hasattr(s, "__dict__"), Slotted.__slots__)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError on slot assignment")
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        print("proxy get", name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.count(1))
class Chain:
    def __init__(self, path=""):
        self.path = path
    def __getattr__(self, name):
        return Chain(self.path + "/" + name)
print(Chain().api.v1.users.path)
try:
    object().foo = 1
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(5, "real"), getattr("s", "upper")(), getattr([], "nope", None))
