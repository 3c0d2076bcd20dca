# Chained comparisons and evaluation order
calls = []
def v(x):
    calls.append(x)
    return x

print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(1) < v(0) < v(3))
print(calls)
calls.clear()
print(v(5) > v(3) >= v(3) != v(4) == v(4))
print(calls)
calls.clear()
print(v(1) == v(1) is not None)
print(calls)
x = 5
print(0 < x < 10, 0 < x > 10, 0 <= x <= 5, 5 < x <= 10)
print(1 < 2 > 1, 3 > 2 < 1)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99])
print((1, 2) == (1, 2), (1, 2) != (1, 2.0), (1, "a") < (1, "b"))
print("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a")
print(1 == 1.0, 1.0 == 1, 2 != 2.0)
print(2 < 2.5 < 3, -1 < -0.5)
print(None is None, None == None, None != 0)
print(1 in [1, 2], 3 not in [1, 2], "b" in "abc", "bc" in "abc", "ac" in "abc")
print(1 in {1: 2}, 2 in {1: 2}, 2 in {1, 2})
print(True == 1, False == 0, True is True)
a = [1, 2]
b = a
c = [1, 2]
print(a == c, a is c, a is b, a is not c)
print(1 < 2 < 3 < 4 < 5 < 6, 1 < 2 < 3 < 4 < 5 > 6)
print(max(3, 7) == 7 == 7.0)
def cmp(a, b):
    return (a > b) - (a < b)
for p in [(1, 2), (2, 1), (3, 3), ("a", "b")]:
    print(p, cmp(*p))
