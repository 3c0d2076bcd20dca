# with statement and context manager protocol
class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        return self.suppress
with Ctx("a") as v:
    print("body got", v)
with Ctx("b", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with Ctx("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
with Ctx("outer") as o, Ctx("inner") as i:
    print("both", o, i)
try:
    with Ctx("x1"), Ctx("x2", suppress=False):
        raise IndexError("multi")
except IndexError:
    print("caught IndexError from multi")
with Ctx("y1"), Ctx("y2", suppress=True):
    raise IndexError("inner suppresses")
print("continued")
def func():
    with Ctx("in-func"):
        return "returned"
print(func())
for i in range(3):
    with Ctx("loop" + str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
class NoValue:
    def __enter__(self):
        pass
    def __exit__(self, *args):
        print("exit args count", len(args))
with NoValue() as nv:
    print("nv is", nv)
class Timer:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("start")
        return self
    def __exit__(self, *a):
        self.log.append("stop")
        return None
with Timer() as t:
    t.log.append("work")
print(t.log)
with Ctx("target") as (first, *rest):
    print(first, rest)
d = {}
with Ctx("subscript") as d["key"]:
    pass
print(d)
