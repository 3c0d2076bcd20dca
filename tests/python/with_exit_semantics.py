# __exit__ return values and exceptions inside __enter__/__exit__
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is None:
            return False
        ok = issubclass(et, self.types)
        print("suppress?", et.__name__, ok)
        return ok
with Suppress(ZeroDivisionError):
    print(1 / 0)
with Suppress(KeyError, IndexError):
    [][5]
try:
    with Suppress(KeyError):
        int("no")
except ValueError as e:
    print("escaped:", e)
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with BadEnter():
        print("never runs")
except RuntimeError as e:
    print("caught", e)
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError("exit failed")
try:
    with BadExit():
        raise ValueError("original")
except TypeError as e:
    print("caught", e, "context:", repr(e.__context__))
class Truthy:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        return "yes"
with Truthy():
    raise OSError("truthy suppresses")
print("after truthy")
class Zero:
    def __enter__(self):
        return 0
    def __exit__(self, *a):
        return 0
try:
    with Zero():
        raise OSError("zero does not suppress")
except OSError as e:
    print("propagated:", e)
class Resource:
    opened = 0
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.opened += 1
        print("open", self.name, Resource.opened)
        return self
    def __exit__(self, et, ev, tb):
        Resource.opened -= 1
        print("close", self.name, Resource.opened)
def use():
    with Resource("r1") as a:
        with Resource("r2") as b:
            raise LookupError(a.name + "+" + b.name)
try:
    use()
except LookupError as e:
    print("error", e, "open count", Resource.opened)
class Reentrant:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        return self.depth
    def __exit__(self, *a):
        self.depth -= 1
r = Reentrant()
with r as d1:
    with r as d2:
        print("depths", d1, d2, r.depth)
print("final depth", r.depth)
with Suppress(Exception):
    with Suppress(KeyError):
        raise ValueError("outer catches")
print("done")
