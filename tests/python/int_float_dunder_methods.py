# int/float/complex methods: rounding protocol, conjugate, as_integer_ratio, conversions
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for n in [0, 7, -7, 10 ** 20, True, False]:
    print(repr(n), n.__trunc__(), n.__floor__(), n.__ceil__(), n.__round__(), n.__int__(), n.__index__(),
          n.__float__(), n.__abs__(), n.__neg__(), n.__pos__(), n.__invert__(), n.__bool__())
for n, nd in [(1234, -2), (1250, -2), (1350, -2), (-1250, -2), (15, -1), (25, -1), (5, -1), (99, -5), (7, 2), (-55, -1), (10 ** 20 + 5, -1)]:
    print(n, nd, n.__round__(nd), round(n, nd))
print((10).as_integer_ratio(), (-3).as_integer_ratio(), True.as_integer_ratio(), (0).as_integer_ratio())
print((5).conjugate(), True.conjugate(), (2 ** 70).conjugate(), type(True.conjugate()).__name__, type(True.__round__()).__name__)
t("int round None", lambda: (5).__round__(None))
t("int round float", lambda: (5).__round__(1.5))
t("int float overflow", lambda: (10 ** 400).__float__())
for f in [0.0, -0.0, 1.5, -1.5, 2.5, 3.5, -2.5, 1e20, 2.675, 0.1]:
    print(repr(f), f.__trunc__(), f.__round__(), f.__round__(1), f.__round__(2), f.__round__(None), f.__int__(),
          f.__float__(), f.__abs__(), f.conjugate(), f.is_integer())
print((123.456).__round__(-1), (123.456).__round__(-2), (0.5).__round__(0), (1.5).__round__(0), (2.5).__round__(0))
t("inf round", lambda: float("inf").__round__())
t("nan trunc", lambda: float("nan").__trunc__())
t("-inf int", lambda: float("-inf").__int__())
t("nan round 2", lambda: float("nan").__round__(2))
print(float("inf").__round__(2), float("-inf").conjugate())
for c in [1j, 1 + 2j, -3 - 4j, complex(2.5, 0)]:
    print(repr(c), c.conjugate(), c.real, c.imag, abs(c))
print(hasattr(5, "__floor__"), hasattr(5, "to_bytes"))
