# __del__ runs when the last reference goes away (deterministically, by
# reference counting), once per object, in CPython's order.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

a = Tracked("a")
del a
print("after del a")

b = Tracked("b")
b = None
print("after rebinding b")

def scope():
    local = Tracked("local")
    print("leaving scope")
    return 1
print("scope returned", scope())

items = [Tracked("l0"), Tracked("l1"), Tracked("l2")]
items = None
print("after list")

pair = (Tracked("t0"), Tracked("t1"))
pair = None
print("after tuple")

d = {"x": Tracked("dx"), "y": Tracked("dy")}
d.clear()
print("after dict clear")

class Child(Tracked):
    def __del__(self):
        print("child cleanup", self.name)
        super().__del__()

c = Child("c")
c = 0
print("after child")

class Holder:
    def __init__(self):
        self.inner = Tracked("inner")
h = Holder()
h = None
print("after holder")

class Resurrect:
    saved = []
    def __del__(self):
        print("resurrecting")
        Resurrect.saved.append(self)
r = Resurrect()
r = None
print("saved", len(Resurrect.saved))
Resurrect.saved.clear()
print("cleared saved list (no second __del__)")

keep1 = Tracked("global1")
keep2 = Tracked("global2")
print("end of module body")
