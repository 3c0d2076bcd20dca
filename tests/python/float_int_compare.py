# Mixed int/float comparisons and conversions
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(10 ** 20 < 1e20 + 1, 10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(0.5 < 1, 1 < 1.5, -1 > -1.5, 3 >= 3.0, 3 <= 2.99)
nums = [3, 2.5, -1, 0.0, 10 ** 20, 1e19, True, -0.5]
print(sorted(nums))
print(max(nums), min(nums))
print(5 / 2, 5 // 2, 5.0 // 2, -5 // 2, -5.0 // 2)
print(type(5 + 0.0).__name__, type(5 * 1).__name__, type(True + 1.0).__name__)
print(int(1e15), int(-1e15), int(1.9999999999999999))
print(float(2 ** 63), float(2 ** 64 - 1), int(float(2 ** 63)))
print(1 / 3 == 0.3333333333333333, 2 / 3 == 0.6666666666666666)
print(0.1 * 10 == 1.0, 0.1 * 3 == 0.3)
print(abs(-3.0) == 3, hash(3.0) == hash(3))
d = {2: "two"}
print(d[2.0], 2.0 in d, 2.5 in d)
s = {1, 1.0, 2, 2.0, 3.5}
print(sorted(s))
print(round(7 / 2), round(9 / 2), 7 // 2 * 2 + 7 % 2)
print(min(0, -0.0), max(0, -0.0), min(-0.0, 0), max(-0.0, 0))
