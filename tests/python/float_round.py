# round() with and without ndigits, banker's rounding
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999, 2.675, 1.005, 7.0]:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2))
print(round(123.456, -1), round(123.456, -2), round(155.0, -1), round(-155.0, -1))
print(round(1234.5678, 3), round(1234.5678, 1), round(0.125, 2), round(0.375, 2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5)).__name__)
print(round(5, 2), round(-17, -1), round(15, -1), round(25, -1))
print(round(1e16), round(1.23456789e10, 2))
print(int(2.999999), int(-2.999999), round(2.999999), round(-2.999999))
print(float(round(0.1 + 0.2, 15)), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
def approx_eq(a, b, eps=1e-9):
    return abs(a - b) < eps
print(approx_eq(0.1 + 0.2, 0.3), approx_eq(1 / 3, 0.333333))
prices = [19.99, 5.01, 3.333, 10.005]
total = sum(prices)
print(total, round(total, 2))
print([round(p * 1.08, 2) for p in prices])
print(round(-0.4), round(-0.6), round(0.4999999999999999))
