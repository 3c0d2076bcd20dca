# Subclassing builtin types
class CountingList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.appends = 0
    def append(self, x):
        self.appends += 1
        super().append(x)
cl = CountingList([1, 2])
cl.append(3)
cl.append(4)
print(cl, len(cl), cl.appends, isinstance(cl, list), cl[1:3], type(cl[1:3]).__name__, sum(cl))
class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
dd = DefaultDict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"].append(3)
print(dd, len(dd), "c" in dd, dd.get("c"))
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + "!"
u = Upper("hello")
print(u, u.shout(), len(u), u.lower(), type(u.lower()).__name__, isinstance(u, str), u == "HELLO")
class Meters(float):
    def __repr__(self):
        return "%gm" % float(self)
    def __add__(self, o):
        return Meters(float(self) + float(o))
m = Meters(1.5) + Meters(2.25)
print(m, repr(m), m * 2, type(m * 2).__name__)
class Flags(int):
    def __str__(self):
        return "Flags(" + bin(self) + ")"
f = Flags(5)
print(f, f + 1, f | 2, repr(f), str(Flags(8)))
class OrderedSet(dict):
    def add(self, x):
        self[x] = None
    def __repr__(self):
        return "{" + ", ".join(map(repr, self)) + "}"
os_ = OrderedSet()
for x in [3, 1, 3, 2, 1]:
    os_.add(x)
print(os_, list(os_), len(os_))
class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s, s.peek(), s.pop(), s)
class MyErr(KeyError):
    pass
try:
    raise MyErr("k")
except LookupError as e:
    print(type(e).__name__, e, isinstance(e, KeyError))
class Tup(tuple):
    @property
    def first(self):
        return self[0]
t = Tup((9, 8))
print(t, t.first, t + (7,), type(t + (7,)).__name__, len(t))
print(issubclass(CountingList, list), CountingList.__mro__[1].__name__, type(cl).__name__)
