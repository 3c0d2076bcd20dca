import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for name in ['sqrt', 'exp', 'expm1', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos',
             'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'fabs',
             'erf', 'erfc', 'gamma', 'lgamma', 'log', 'log2', 'log10',
             'degrees', 'radians', 'isfinite', 'isinf', 'isnan']:
    f = getattr(math, name)
    row = []
    for x in [0, 0.5, 1, 1.5, 2, 3, -0.5, -1, -2.5, 10, 100, 1e-10, 1e300, -1e300,
              math.inf, -math.inf, math.nan, True, -0.0, 0.25]:
        try:
            row.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(name, ' '.join(row))

for x in [0.0, 1.0, 7, 2**100, 10**400, 1e-300]:
    print(math.log(x) if x else 'skip', math.log2(x) if x else 'skip', math.log10(x) if x else 'skip')
print(math.log(8, 2), math.log(100, 10), math.log(2**1000, 2), math.log(10**500, 10))
try:
    math.log(10, 1)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
for bad in [0, -1, -2**200, 0.0]:
    try:
        math.log(bad)
    except ValueError as e:
        print('ValueError', e)
for f in [math.sqrt, math.exp, math.floor, math.fabs]:
    for bad in ['1', None, [1]]:
        try:
            f(bad)
        except TypeError as e:
            print('TypeError', e)
try:
    math.exp(2**10000)
except OverflowError as e:
    print('OverflowError', e)
for args, kw in [((1, 2), {}), ((), {'x': 1})]:
    try:
        math.sqrt(*args, **kw)
    except TypeError as e:
        print('TypeError', 'takes' in str(e))
try:
    math.copysign(1)
except TypeError as e:
    print('TypeError', e)
print(type(math.sqrt(4)), math.sqrt(4), math.sqrt(2**64))

class F:
    def __float__(self):
        return 2.25
class I:
    def __index__(self):
        return 9
print(math.sqrt(F()), math.sqrt(I()), math.exp(F()))
class Bad:
    def __float__(self):
        return 1
try:
    math.sqrt(Bad())
except TypeError as e:
    print('TypeError', e)
