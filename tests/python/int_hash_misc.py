# hash() of ints and bools, int methods, comparisons
for n in [0, 1, -1, -2, 2, 100, -100, 2 ** 31, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, -(2 ** 61), 2 ** 64 + 5]:
    print(n, hash(n))
print(hash(True), hash(False), hash(1) == hash(1.0), hash(0) == hash(0.0) == hash(-0.0))
print(hash(5.0), hash(-1.0), hash(2.5) != 0)
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
s = {0, False, 0.0}
print(s, len(s))
print(isinstance(True, int), issubclass(bool, int), type(True + 0).__name__)
print(int.__name__, type(5) is int, type(5) == int)
print(max(3, 9, 2), min(3, 9, 2), max([-5, -1, -10]), min(-5, 2 ** 70))
print(sorted([5, -2, 10 ** 20, 0, -(10 ** 20), 3]))
print(sum(range(101)), sum([10 ** 18] * 10), sum([], 5))
print((17).bit_length(), (-17).bit_length(), (0).bit_length())
print(5 == 5.0, 5 < 5.5, 10 ** 20 == 1e20, 10 ** 16 + 1 == 1e16, 2 ** 53 + 1 > 2.0 ** 53)
print(1 < 2 ** 100, -(2 ** 100) < -1, 2 ** 100 == 2 ** 100, 2 ** 100 != 2 ** 100 + 1)
print(int.__add__(3, 4), (3).__mul__(5), (10).__floordiv__(3), (10).__neg__())
print(divmod(10 ** 20, 7), divmod(-(10 ** 20), 7))
zero = 0
print(0 == -0, zero is not None)
counts = {}
for v in [1, 2, 1, 3, 1, 2, 10 ** 30, 10 ** 30]:
    counts[v] = counts.get(v, 0) + 1
print(counts)
