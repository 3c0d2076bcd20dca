import gc
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(%s)" % self.name
    def method(self):
        return "method of " + self.name

a = Obj("a")
r = weakref.ref(a)
print(r() is a, weakref.getweakrefcount(a))
events = []
r2 = weakref.ref(a, lambda ref: events.append(("died", ref is r2, ref())))
del a
print(r(), r2(), events)

for bad in [1, "s", (1,), [1], {}, None]:
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)

d = weakref.WeakValueDictionary()
keep = Obj("k")
d["x"] = keep
d["y"] = Obj("tmp")
print(sorted(d.keys()), "x" in d, "y" in d, len(d))

wk = weakref.WeakKeyDictionary()
k1, k2 = Obj("k1"), Obj("k2")
wk[k1] = 1
wk[k2] = 2
del k2
print(len(wk), [v for k, v in wk.items()])

ws = weakref.WeakSet()
o1, o2 = Obj("1"), Obj("2")
ws.add(o1); ws.add(o2)
del o2
print(len(ws), list(ws))

p = weakref.proxy(keep)
print(p.name, p.method())
del keep
d2 = dict(d)
print(len(d), d.get("x"))
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)

f_events = []
x = Obj("fin")
f = weakref.finalize(x, f_events.append, "finalized")
print(f.alive)
del x
print(f_events, f.alive)

m = Obj("m")
wm = weakref.WeakMethod(m.method)
print(wm()())
del m
print(wm())

def func(): pass
print(weakref.ref(func)() is func)
class K: pass
print(weakref.ref(K)() is K)
r = weakref.ref(K)
print(r == weakref.ref(K), hash(r) == hash(K))

# Callbacks run when the object goes, also for objects freed inside a function.
log = []


def make_and_drop():
    o = Obj("local")
    r = weakref.ref(o, lambda ref: log.append("callback"))
    del o
    log.append("after del")
    return r


r = make_and_drop()
print(log, r())
print(gc.collect(), gc.isenabled())
