# tuples
t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], t[::-1], len(t))
print((), (1,), (1), tuple(), tuple([4, 5]), tuple("ab"), tuple(range(3)))
single = 5,
print(single, type(single).__name__, len(single))
print(t + (4, 5), t * 2, (0,) * 3, 2 in t, 9 not in t)
print(t.count(2), (1, 1, 2, 1).count(1), t.index(3), (5, 6, 5).index(5, 1))
print(t == (1, 2, 3), t < (1, 2, 4), t < (1, 2), (1, "a") < (1, "b"), () < (0,))
a, b, c = t
print(a, b, c)
x, y = 10, 20
x, y = y, x
print(x, y)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
(p, q), (r, (s, u)) = nested
print(p, q, r, s, u)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pt"}[(1, 2)])
lst = [3, 1, 2]
tt = tuple(lst)
lst.append(4)
print(tt, lst)
m = ([1], [2])
m[0].append(99)
print(m)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash(([1],))
except TypeError as e:
    print("TypeError:", e)
def stats(nums):
    return min(nums), max(nums), sum(nums) / len(nums)
lo, hi, avg = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, avg)
print(sorted([(2, "b"), (1, "b"), (2, "a")]), max([(1, 9), (2, 0)]))
print(tuple(x * x for x in range(4)), tuple(reversed(t)), sum(t), any(t), all((1, 0)))
print(repr((1, "a", None)), str(("x",)), ((1, 2),))
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
