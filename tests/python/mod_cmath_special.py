import cmath
import math

inf = math.inf
nan = math.nan
for name in ['sqrt', 'exp', 'log', 'cosh', 'sinh', 'tanh', 'atanh', 'acosh', 'asinh', 'acos']:
    f = getattr(cmath, name)
    for z in [complex(inf, 0), complex(-inf, 0), complex(inf, 1), complex(-inf, 1), complex(0, inf),
              complex(1, inf), complex(nan, 0), complex(nan, 1), complex(1, nan), complex(inf, nan), complex(nan, nan)]:
        try:
            print(name, z, f(z))
        except (ValueError, OverflowError) as e:
            print(name, z, type(e).__name__, e)
for f, z in [(cmath.log, 0), (cmath.log, 0j), (cmath.atanh, 1), (cmath.atanh, -1), (cmath.exp, 1000),
             (cmath.cosh, 1000), (cmath.sinh, 1000j + 1000), (cmath.log10, 0)]:
    try:
        print(f(z))
    except (ValueError, OverflowError) as e:
        print(f.__name__, z, type(e).__name__, e)
print(cmath.sqrt(1e-320 + 1e-320j), cmath.sqrt(1e300 + 1e300j), cmath.log(1e308 + 1e308j), cmath.log(1e-310j))
print(cmath.acos(1e300 + 1e300j), cmath.asinh(-1e300 + 1e300j), cmath.atanh(1e300 - 1e200j), cmath.acosh(1e300j))
print(cmath.tanh(800 + 1j), cmath.tanh(-800 - 1j), cmath.exp(709 + 0.5j))
try:
    cmath.exp(710 + 0.5j)
except OverflowError as e:
    print('OverflowError', e)

class Cx:
    def __complex__(self):
        return 3 + 4j
class Fl:
    def __float__(self):
        return 0.25
print(cmath.sqrt(Cx()), cmath.exp(Fl()), cmath.phase(Cx()), cmath.polar(-2))
for bad in ['x', None, [1]]:
    try:
        cmath.sqrt(bad)
    except TypeError as e:
        print('TypeError', e)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2),
      cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.isclose(complex(inf, 0), complex(inf, 0)))
try:
    cmath.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print('ValueError', e)
print(cmath.isinf(complex(1, inf)), cmath.isnan(complex(nan, 1)), cmath.isfinite(complex(1, nan)))
