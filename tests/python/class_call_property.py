# __call__, properties, staticmethod, classmethod
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, y=1):
        return x * self.k * y
triple = Multiplier(3)
print(triple(5), triple(2, y=10), callable(triple), list(map(triple, [1, 2, 3])))
class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError raised")
del t.celsius
print(t.celsius)
print(type(Temperature.celsius).__name__, Temperature.fahrenheit.fget(Temperature(0)))
class Util:
    factor = 2
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def make(cls, n):
        return cls.__name__ + ":" + str(n * cls.factor)
class SubUtil(Util):
    factor = 10
print(Util.add(1, 2), Util().add(3, 4), Util.make(5), SubUtil.make(5), SubUtil().make(1))
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return "%04d/%02d/%02d" % (self.y, self.m, self.d)
print(Date.parse("2024-02-29"), [y for y in range(1896, 1910) if Date.is_leap(y)], Date.is_leap(2000))
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
lz = Lazy()
print(lz.value, lz.value, lz.computed)
def plain_prop_get(self):
    return "manual " + str(self.n)
class Manual:
    def __init__(self, n):
        self.n = n
    p = property(plain_prop_get, doc="docstring here")
print(Manual(7).p, Manual.p.__doc__)
class CallCounter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
cc = CallCounter()
print([cc() for _ in range(4)], cc.n)
print(isinstance(Util.__dict__["add"], staticmethod), isinstance(Util.__dict__["make"], classmethod))
