import cmath

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
values = [0j, 1, -1, 2.5, -2.5, 1j, -1j, 1 + 1j, -1 - 1j, 3 - 4j, -3 + 4j, 0.5 + 0.25j, -0.5 - 2j,
          1e-5 + 1e-5j, 100 + 1j, -20 + 30j, 0j.conjugate(), -(0j.conjugate()), -(2+0j),
          complex(-2, 0.0), 0.9 + 0.3j]
for name in ['sqrt', 'exp', 'log', 'log10', 'acos', 'asin', 'atan', 'cos', 'sin', 'tan',
             'acosh', 'asinh', 'atanh', 'cosh', 'sinh', 'tanh']:
    f = getattr(cmath, name)
    out = []
    for z in values:
        try:
            out.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name)
    print('  ' + ' '.join(out))
for z in values:
    print(repr(z), cmath.phase(z), cmath.polar(z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
for r, phi in [(1, 0), (2, cmath.pi / 2), (1, cmath.pi), (0, 1), (3, -0.5), (-1, 0), (1.5, 2)]:
    print('rect', r, phi, cmath.rect(r, phi))
print(cmath.log(8, 2), cmath.log(1j, 1j), cmath.log(100, 10), cmath.log(-1, 2 + 1j))
print(cmath.sqrt(-4), cmath.sqrt(4), cmath.exp(0), type(cmath.sqrt(4)).__name__)
