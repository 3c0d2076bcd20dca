# numbers: the abstract numeric tower and registration of builtins
import numbers
from fractions import Fraction

values = [1, True, 2.5, 1j, Fraction(1, 3), 'x', None]
for cls in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(cls.__name__, [isinstance(v, cls) for v in values])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational),
      issubclass(complex, numbers.Real), issubclass(bool, numbers.Number))
print(numbers.Integral.__mro__[1:4])
print(sorted(numbers.Integral.__abstractmethods__)[:6])
print(sorted(numbers.Complex.__abstractmethods__))
try:
    numbers.Real()
except TypeError:
    print('cannot instantiate Real')


class Cents(numbers.Integral):
    """A minimal Integral: all abstract methods defined."""

    def __init__(self, v):
        self.v = int(v)

    def __int__(self):
        return self.v

    def __repr__(self):
        return 'Cents(%d)' % self.v

    def _wrap(op):
        def method(self, *args):
            args = [a.v if isinstance(a, Cents) else a for a in args]
            r = op(self.v, *args)
            return Cents(r) if isinstance(r, int) and not isinstance(r, bool) else r
        return method

    import operator as _op
    __add__ = _wrap(_op.add)
    __radd__ = _wrap(lambda a, b: b + a)
    __mul__ = _wrap(_op.mul)
    __rmul__ = _wrap(lambda a, b: b * a)
    __neg__ = _wrap(_op.neg)
    __pos__ = _wrap(_op.pos)
    __abs__ = _wrap(abs)
    __truediv__ = _wrap(_op.truediv)
    __rtruediv__ = _wrap(lambda a, b: b / a)
    __floordiv__ = _wrap(_op.floordiv)
    __rfloordiv__ = _wrap(lambda a, b: b // a)
    __mod__ = _wrap(_op.mod)
    __rmod__ = _wrap(lambda a, b: b % a)
    __pow__ = _wrap(pow)
    __rpow__ = _wrap(lambda a, b: b ** a)
    __lshift__ = _wrap(_op.lshift)
    __rlshift__ = _wrap(lambda a, b: b << a)
    __rshift__ = _wrap(_op.rshift)
    __rrshift__ = _wrap(lambda a, b: b >> a)
    __and__ = _wrap(_op.and_)
    __rand__ = _wrap(lambda a, b: b & a)
    __or__ = _wrap(_op.or_)
    __ror__ = _wrap(lambda a, b: b | a)
    __xor__ = _wrap(_op.xor)
    __rxor__ = _wrap(lambda a, b: b ^ a)
    __invert__ = _wrap(_op.invert)
    __lt__ = _wrap(_op.lt)
    __le__ = _wrap(_op.le)
    __eq__ = _wrap(_op.eq)
    __trunc__ = _wrap(lambda a: a)
    __floor__ = _wrap(lambda a: a)
    __ceil__ = _wrap(lambda a: a)
    __round__ = _wrap(lambda a, n=None: a)
    __hash__ = _wrap(hash)
    del _wrap, _op


c = Cents(7)
print(c + 3, 3 + c, c * 2, -c, c.numerator, c.denominator, c.real, c.imag, c.conjugate())
print(float(c), complex(c), c.__index__(), divmod(c, 2), bool(c), bool(Cents(0)))
print(isinstance(c, numbers.Rational), [1, 2, 3, 4, 5, 6, 7, 8][c])
print(c - 2, 10 - c)
