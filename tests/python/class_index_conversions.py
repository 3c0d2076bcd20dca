# __index__, __int__, __float__, __round__, __abs__, __bool__, __len__ conversions
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
lst = list(range(10))
i2, i5 = Idx(2), Idx(5)
print(lst[i2], lst[i2:i5], "abcdef"[Idx(1)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(list(range(Idx(3))), [0] * Idx(3), "ab" * Idx(2), (1, 2, 3)[Idx(-1)])
print(int(Idx(7)) if hasattr(int, "__index__") else "skip")
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __round__(self, n=None):
        return "rounded(%r, %r)" % (self.v, n)
    def __abs__(self):
        return "abs!"
    def __neg__(self):
        return Num(-self.v)
    def __str__(self):
        return "Num<%s>" % self.v
    def __format__(self, spec):
        return format(self.v, spec) + "!"
n = Num(3.7)
print(int(n), float(n), round(n), round(n, 2), abs(n), str(-n), f"{n:.3f}", format(n, ">8"))
class Truth:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print([bool(Truth(x)) for x in (True, False)], [bool(Sized(n)) for n in (0, 2)], len(Sized(7)))
print("yes" if Sized(1) else "no", "yes" if Truth(False) else "no", not Sized(0))
print([x for x in [Sized(0), Sized(1), Truth(True), Truth(False)] if x].__len__())
try:
    bool(Sized(-1))
except ValueError as e:
    print("ValueError:", e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class Complexish:
    def __complex__(self):
        return 1 + 2j
print(complex(Complexish()))
print(divmod(Idx(7).__index__(), 2), pow(Idx(2).v, 10), sum([Idx(1).v, 2]))
