# A Fraction-like rational number class with full operator support
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Rational:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Rational(%d, 0)" % n)
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    @staticmethod
    def _conv(o):
        if isinstance(o, Rational):
            return o
        if isinstance(o, int):
            return Rational(o)
        return NotImplemented
    def __add__(self, o):
        o = self._conv(o)
        if o is NotImplemented:
            return o
        return Rational(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._conv(o)
        if o is NotImplemented:
            return o
        return Rational(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return self._conv(o) - self
    def __mul__(self, o):
        o = self._conv(o)
        if o is NotImplemented:
            return o
        return Rational(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._conv(o)
        if o is NotImplemented:
            return o
        return Rational(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return self._conv(o) / self
    def __pow__(self, e):
        if e >= 0:
            return Rational(self.n ** e, self.d ** e)
        return Rational(self.d ** -e, self.n ** -e)
    def __neg__(self):
        return Rational(-self.n, self.d)
    def __abs__(self):
        return Rational(abs(self.n), self.d)
    def __eq__(self, o):
        o = self._conv(o)
        if o is NotImplemented:
            return o
        return self.n == o.n and self.d == o.d
    def __lt__(self, o):
        o = self._conv(o)
        return self.n * o.d < o.n * self.d
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash((self.n, self.d)) if self.d != 1 else hash(self.n)
    def __float__(self):
        return self.n / self.d
    def __int__(self):
        return int(self.n / self.d)
    def __repr__(self):
        return "Rational(%d, %d)" % (self.n, self.d)
    def __str__(self):
        return str(self.n) if self.d == 1 else "%d/%d" % (self.n, self.d)
R = Rational
a, b = R(1, 3), R(1, 6)
print(a + b, a - b, a * b, a / b, b - a, -a, abs(R(-5, 10)))
print(a + 1, 1 + a, 2 - a, 3 * a, 1 / a, a ** 3, a ** -2, R(2, 4) == R(1, 2), R(3) == 3)
print(repr(R(6, -8)), str(R(10, 5)), float(R(1, 8)), int(R(7, 2)), int(R(-7, 2)))
h = R(0)
for k in range(1, 11):
    h += R(1, k)
print("H10 =", h, float(h))
print(sorted([R(1, 2), R(1, 3), R(2, 3), R(-1, 4), R(5, 6)]), max(R(1, 2), R(3, 5)))
print(R(1, 2) < R(2, 3), R(1, 2) <= R(1, 2), {R(1, 2): "half"}[R(2, 4)], len({R(1, 2), R(2, 4), R(3, 6)}))
x = R(1)
for _ in range(8):
    x = (x + R(2) / x) / 2
print(x, float(x))
try:
    R(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a + 0.5
except TypeError as e:
    print("TypeError:", e)
print(sum([R(1, 2 ** k) for k in range(1, 11)], R(0)))
