# inf, nan, and special comparisons
inf = float("inf")
nan = float("nan")
ninf = float("-inf")
print(inf, ninf, nan, repr(inf), repr(nan))
print(float("Infinity"), float("-INF"), float("NaN"), float("nan") == float("nan"))
print(inf + 1, inf - inf, inf * 0, inf * -2, 1 / inf, -1 / inf)
print(inf > 10 ** 300, ninf < -(10 ** 300), inf == inf, ninf == -inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan)
x = nan
print(x is x, [x] == [x], x in [x])
print(max(1, inf), min(ninf, -5), sorted([3.0, inf, -1.0, ninf]))
print(inf // 1 if False else "skip", 5 % inf, -5 % inf)
print(abs(ninf), -inf, abs(nan))
print(inf.is_integer(), (2.0).is_integer(), (2.5).is_integer())
print(hash(inf), hash(ninf))
for v in [inf, ninf, nan]:
    try:
        print(int(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round(inf)
except OverflowError as e:
    print("round:", e)
print(round(inf, 2), round(nan, 1))
print(1e308 + 1e308, -1e308 - 1e308)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError")
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError")
print(1e-320 / 1e10, 5e-324 / 2)
print(0.0 == -0.0, str(-0.0), -0.0 + 0.0, 0.0 * -1)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    5.0 % 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
