# Class/instance introspection without ids: __class__, __dict__, __name__, __bases__, type()
class Base:
    """Base docstring."""
    cls_attr = 1
    def method(self):
        return "m"
class Child(Base):
    other = 2
c = Child()
c.inst = 3
print(c.__class__.__name__, c.__class__.__bases__[0].__name__, Child.__base__.__name__)
print(Base.__doc__, Child.__doc__, Base.method.__name__, Base.method.__qualname__)
print(sorted(k for k in Child.__dict__ if not k.startswith("__")), sorted(c.__dict__))
print(isinstance(c, Base), type(c) is Child, type(c).__mro__ == Child.__mro__)
print(Child.cls_attr, c.cls_attr, getattr(Child, "other"), hasattr(Base, "other"))
print(callable(Child.method), c.method(), Base.method(c), type(Base.__dict__["method"]).__name__)
print(type(c.method).__name__, c.method.__self__ is c, c.method.__func__ is Base.method)
print(Child.__module__, Child.__qualname__, Base.__subclasses__()[0].__name__)
def outer():
    class Inner:
        pass
    return Inner
print(outer().__qualname__, outer().__name__)
class Nested:
    class Deep:
        class Deeper:
            pass
print(Nested.Deep.Deeper.__qualname__, Nested.Deep.__name__)
print(type(Base).__name__, type(Base.__dict__).__name__, type(c.__dict__).__name__)
obj = Child()
obj.__dict__["direct"] = "set via __dict__"
print(obj.direct, vars(obj))
print(str(Child).startswith("<class '__main__.Child'"), repr(Base) == "<class '__main__.Base'>")
print(int.__name__, str.__qualname__, type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
