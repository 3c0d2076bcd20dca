# __new__, __init_subclass__, class creation details
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print("creating instance")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, v):
        print("init with", v)
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v, b.v)
class Positive(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
p = Positive(-5)
print(p, p + 1, type(p).__name__, isinstance(p, int))
class NotInit:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never printed")
print(NotInit())
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Alpha(Plugin):
    pass
class Beta(Plugin, name="the-beta"):
    pass
class Gamma(Beta):
    pass
print(Plugin.registry, Gamma.plugin_name, Alpha.plugin_name)
Dyn = type("Dyn", (object,), {"x": 5, "hello": lambda self: "hi from " + type(self).__name__})
d = Dyn()
print(Dyn.__name__, Dyn.x, d.hello(), type(Dyn).__name__)
Sub = type("Sub", (Dyn,), {"x": 6})
print(Sub.x, Sub().hello(), [k.__name__ for k in Sub.__mro__])
class Tracked:
    created = []
    def __init__(self, name):
        self.name = name
        Tracked.created.append(name)
    @classmethod
    def make_many(cls, *names):
        return [cls(n) for n in names]
items = Tracked.make_many("a", "b", "c")
print(Tracked.created, [i.name for i in items])
class Point:
    __slots__ = ("x", "y")
    def __new__(cls, x, y):
        self = super().__new__(cls)
        self.x, self.y = x, y
        return self
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
print(Point(1, 2), Point.__new__(Point, 3, 4))
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by_meta"] = True
        ns["upper_names"] = sorted(k.upper() for k in ns if not k.startswith("__"))
        return super().__new__(mcls, name, bases, ns)
class WithMeta(metaclass=Meta):
    def foo(self):
        pass
    bar = 1
print(WithMeta.created_by_meta, WithMeta.upper_names, type(WithMeta).__name__)
class Child(WithMeta):
    baz = 2
print(Child.upper_names, type(Child).__name__)
