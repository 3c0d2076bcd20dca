# super() forms: zero-arg, two-arg, in classmethods, staticmethods, properties
class A:
    def hello(self):
        return "A.hello"
    @classmethod
    def create(cls):
        return "A.create(" + cls.__name__ + ")"
    @property
    def kind(self):
        return "kind-A"
    def chain(self):
        return ["A"]
class B(A):
    def hello(self):
        return "B>" + super().hello()
    @classmethod
    def create(cls):
        return "B.create>" + super().create()
    @property
    def kind(self):
        return "kind-B/" + super().kind
    def chain(self):
        return ["B"] + super().chain()
class C(B):
    def hello(self):
        return "C>" + super(B, self).hello()
    def chain(self):
        return ["C"] + super().chain()
b, c = B(), C()
print(b.hello(), c.hello(), B.create(), C.create(), b.kind, c.kind, c.chain())
print(super(C, c).hello(), super(B, c).hello(), super(C, C).create())
class Base:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "%s(x=%r)" % (type(self).__name__, self.x)
class Derived(Base):
    def __init__(self, x, y):
        super().__init__(x * 10)
        self.y = y
    def __repr__(self):
        return super().__repr__()[:-1] + ", y=%r)" % self.y
print(Derived(1, 2), Base(5))
class Logger:
    def log(self, msg):
        return "[log] " + msg
class Timestamped(Logger):
    def log(self, msg):
        return super().log("t=0 " + msg)
class Prefixed(Logger):
    def log(self, msg):
        return super().log("prefix: " + msg)
class Both(Timestamped, Prefixed):
    pass
print(Both().log("hi"), [k.__name__ for k in Both.__mro__])
class Outer:
    def method(self):
        def inner():
            return super(Outer, self).__repr__ is not None
        return inner()
print(Outer().method())
class WithSetattr:
    def __setattr__(self, k, v):
        super().__setattr__(k, str(v).upper())
ws = WithSetattr()
ws.a = "quiet"
print(ws.a)
class DictLike(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
dl = DictLike()
dl["KEY"] = 1
print(dl["key"], dl["KeY"], dict(dl))
