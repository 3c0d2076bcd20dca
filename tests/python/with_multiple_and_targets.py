# with statement: multiple managers, exit order, targets of different kinds
log = []
class M:
    def __init__(self, name, value=None, swallow=False):
        self.name, self.value, self.swallow = name, value, swallow
    def __enter__(self):
        log.append("enter " + self.name)
        return self.value if self.value is not None else self.name
    def __exit__(self, et, ev, tb):
        log.append("exit %s (%s)" % (self.name, et.__name__ if et else "ok"))
        return self.swallow
with M("a") as a, M("b") as b, M("c") as c:
    log.append("body %s %s %s" % (a, b, c))
print(log)
log.clear()
with M("outer", swallow=True):
    with M("mid"), M("inner"):
        raise KeyError("x")
print(log)
log.clear()
class Obj:
    pass
o = Obj()
d = {}
with M("attr", value=5) as o.attr, M("item", value=6) as d["k"], M("tuple", value=(7, 8)) as (t1, t2):
    pass
print(o.attr, d, t1, t2, log)
log.clear()
def early_return():
    with M("r1"):
        with M("r2"):
            return "returned"
print(early_return(), log)
log.clear()
for i in range(3):
    with M("loop%d" % i):
        if i == 1:
            continue
        log.append("body%d" % i)
print(log)
log.clear()
try:
    with M("e1"), M("e2", swallow=False):
        raise ValueError("v")
except ValueError:
    log.append("caught outside")
print(log)
log.clear()
mgr = M("reused", value="R")
with mgr as first:
    with mgr as second:
        log.append(first + second)
print(log)
