# Arithmetic operator overloading incl. reflected and in-place
class Vec:
    def __init__(self, *c):
        self.c = tuple(c)
    def __repr__(self):
        return "Vec" + repr(self.c)
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(*(a + b for a, b in zip(self.c, o.c)))
        return NotImplemented
    def __sub__(self, o):
        return Vec(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(*(a * k for a in self.c))
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.c, k.c))
        return NotImplemented
    def __rmul__(self, k):
        print("rmul called")
        return self * k
    def __neg__(self):
        return Vec(*(-a for a in self.c))
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
    def __bool__(self):
        return any(self.c)
    def __len__(self):
        return len(self.c)
v = Vec(1, 2, 3)
w = Vec(4, 5, 6)
print(v + w, w - v, v * 2, 3 * v, v * w, -v, abs(Vec(3, 4)))
print(v == Vec(1, 2, 3), v != w, bool(Vec(0, 0)), bool(v), len(v))
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    [1] @ v
except TypeError as e:
    print("TypeError:", e)
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("iadd")
        self.v += o
        return self
    def __add__(self, o):
        print("add")
        return Acc(self.v + o)
    def __repr__(self):
        return "Acc(" + str(self.v) + ")"
a = Acc(1)
b = a
a += 5
print(a, b, a is b)
a = a + 1
print(a, b, a is b)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 10
print(x.v, y.v, x is y)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        return Money(self.cents + (o.cents if isinstance(o, Money) else o))
    __radd__ = __add__
    def __truediv__(self, n):
        return Money(self.cents // n)
    def __floordiv__(self, n):
        return [Money(self.cents // n)] * n
    def __mod__(self, n):
        return self.cents % n
    def __pow__(self, n):
        return self.cents ** n
    def __lt__(self, o):
        return self.cents < o.cents
    def __repr__(self):
        return "$%d.%02d" % divmod(self.cents, 100)
wallet = [Money(150), Money(275), Money(5)]
print(sum(wallet), sum(wallet, Money(0)), Money(1000) / 3, Money(100) // 2, Money(1001) % 7, Money(3) ** 3)
print(sorted(wallet), max(wallet))
class Bits:
    def __init__(self, v):
        self.v = v
    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __invert__(self): return Bits(~self.v)
    def __repr__(self): return "Bits(" + bin(self.v) + ")"
p, q = Bits(0b1100), Bits(0b1010)
print(p & q, p | q, p ^ q, p << 2, p >> 2, ~p)
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return NotImplemented
print(Cmp(1) == Cmp(2))
print(Cmp(3) == 3)
