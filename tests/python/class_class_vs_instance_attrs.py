# Class attributes vs instance attributes, mutation of shared class-level containers
class Dog:
    species = "canis"
    tricks = []
    def __init__(self, name):
        self.name = name
        self.own_tricks = []
    def add_shared(self, t):
        self.tricks.append(t)
    def add_own(self, t):
        self.own_tricks.append(t)
a = Dog("a")
b = Dog("b")
a.add_shared("roll")
b.add_shared("sit")
a.add_own("fetch")
print(a.tricks, b.tricks, Dog.tricks, a.tricks is Dog.tricks)
print(a.own_tricks, b.own_tricks)
a.species = "wolf"
print(a.species, b.species, Dog.species, "species" in a.__dict__, "species" in b.__dict__)
Dog.species = "canis familiaris"
print(a.species, b.species)
del a.species
print(a.species)
a.tricks = ["own list now"]
print(a.tricks, b.tricks, Dog.tricks)
class Config:
    defaults = {"color": "red", "size": 1}
    def __init__(self, **over):
        self.settings = dict(self.defaults)
        self.settings.update(over)
c1 = Config(size=5)
c2 = Config()
print(c1.settings, c2.settings, Config.defaults)
class Base:
    x = "base"
class Child(Base):
    pass
print(Child.x)
Base.x = "changed base"
print(Child.x)
Child.x = "child own"
print(Child.x, Base.x)
del Child.x
print(Child.x)
print(sorted(k for k in vars(Dog) if not k.startswith("__")))
print(sorted(vars(a)), sorted(vars(b)))
class Counter:
    total = 0
    def inc(self):
        self.total += 1
        return self.total
ct = Counter()
print(ct.inc(), ct.inc(), Counter.total, ct.total)
class WithMethodAttr:
    def m(self):
        return "method"
w = WithMethodAttr()
w.m = lambda: "instance attribute shadows method"
print(w.m(), WithMethodAttr().m(), WithMethodAttr.m(w))
