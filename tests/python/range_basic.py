# range objects
r = range(10)
print(r, list(r), len(r), r[3], r[-1], r[2:5], r[::-1], r[::3])
print(range(2, 10, 3), list(range(2, 10, 3)), list(range(10, 0, -2)), list(range(5, 5)), list(range(5, 0)))
print(list(range(-5, 5, 4)), list(range(0, -10, -3)), len(range(0, 100, 7)), len(range(10, 0, -3)))
print(5 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(r.index(7), range(0, 20, 5).index(15), r.count(3), range(1, 4).start, range(1, 4).stop, range(1, 4, 2).step)
print(range(0, 10) == range(0, 10, 1), range(0) == range(5, 5), range(0, 3) == range(0, 4), range(1, 10, 3) == range(1, 8, 3))
print(sum(range(1, 101)), max(range(7)), min(range(3, 9)), sorted(range(5, 0, -1)))
big = range(0, 10 ** 20, 3)
print(big[10 ** 18], 10 ** 19 in big, 10 ** 19 + 2 in big)
print(list(reversed(range(1, 8, 2))), list(enumerate(range(3, 6))))
print(range(3)[1:], range(10)[-3:], range(0, 30, 3)[2:8:2])
print(bool(range(0)), bool(range(1)), repr(range(1, 5)), str(range(3)))
try:
    range(5)[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
total = 0
for i in range(100, 0, -7):
    total += i
print(total)
print([i * j for i in range(1, 4) for j in range(i, 4)])
it = iter(range(3))
print(next(it), next(it), next(it), next(it, None))
