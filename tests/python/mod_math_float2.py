import math

print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1, 1e-16, 1e-16]), math.fsum([]), math.fsum([-0.0]), math.fsum(range(10)))
print(math.fsum([2.0**53, 1.0, 2.0**-100]), math.fsum([2.0**53, -0.5, -2.0**-54]))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.0]))
print(math.fsum([math.inf, 1.0]), math.fsum([math.nan, 1.0]), math.fsum([-math.inf, -math.inf]))
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print('ValueError', e)
try:
    math.fsum([1.7976931348623157e308, 1.7976931348623157e308])
except OverflowError as e:
    print('OverflowError', e)
try:
    math.fsum(['a'])
except TypeError as e:
    print('TypeError', e)
vals = [((-1) ** i) * 1.0 / (i + 1) for i in range(1000)]
print(math.fsum(vals))

for x, y in [(2, 3), (2, 0.5), (-8, 1 / 3), (0, 0), (0, -1), (-2, 3), (-2, -3), (1, math.nan), (math.nan, 0),
             (math.inf, 2), (-math.inf, 3), (-math.inf, 2), (math.inf, -1), (0.5, math.inf), (2, -math.inf),
             (-1, math.inf), (10, 400), (2, 1024), (4, 0.5), (-0.0, 3), (-0.0, -3)]:
    try:
        print('pow', x, y, math.pow(x, y))
    except (ValueError, OverflowError) as e:
        print('pow', x, y, type(e).__name__, e)

for y, x in [(1, 1), (1, -1), (-1, -1), (0.0, -0.0), (-0.0, -0.0), (0.0, 0.0), (math.inf, math.inf), (1, 0), (math.nan, 1)]:
    print('atan2', y, x, math.atan2(y, x))

print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(5, 12))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(0, 0), math.hypot(1e300, 1e300))
print(math.hypot(3, 4, 12), math.hypot(True, 0))
print(math.dist((0, 0), (3, 4)), math.dist((1,), (-2,)), math.dist((1, 2, 3), (4, 6, 15)), math.dist((), ()))
for args in [((1, 2), (1,))]:
    try:
        math.dist(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

for a, b, kw in [(1, 1 + 1e-10, {}), (1, 1.1, {}), (1, 1.1, {'rel_tol': 0.2}), (0, 1e-10, {}),
                 (0, 1e-10, {'abs_tol': 1e-9}), (math.inf, math.inf, {}), (math.inf, -math.inf, {}),
                 (math.nan, math.nan, {}), (1e308, math.inf, {'rel_tol': 1})]:
    print('isclose', a, b, kw, math.isclose(a, b, **kw))
print(math.isclose(a=1, b=1.0))
for kw in [{'rel_tol': -1}, {'abs_tol': -1}]:
    try:
        math.isclose(1, 2, **kw)
    except ValueError as e:
        print('ValueError', e)
try:
    math.isclose(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    math.isclose(1, 2, tol=3)
except TypeError as e:
    print('TypeError', e)
names38 = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atan2', 'atanh', 'ceil', 'comb', 'copysign', 'cos', 'cosh',
 'degrees', 'dist', 'e', 'erf', 'erfc', 'exp', 'expm1', 'fabs', 'factorial', 'floor', 'fmod', 'frexp', 'fsum',
 'gamma', 'gcd', 'hypot', 'inf', 'isclose', 'isfinite', 'isinf', 'isnan', 'isqrt', 'ldexp', 'lgamma', 'log',
 'log10', 'log1p', 'log2', 'modf', 'nan', 'perm', 'pi', 'pow', 'prod', 'radians', 'remainder', 'sin', 'sinh',
 'sqrt', 'tan', 'tanh', 'tau', 'trunc']
print([n for n in names38 if not hasattr(math, n)])
print(math.__name__, type(math).__name__, type(math.sqrt).__name__)
