# Tuples as records: sorting, grouping, swapping, returning multiple values
people = [("Ann", 31, "NYC"), ("Bob", 25, "LA"), ("Cy", 31, "SF"), ("Dee", 22, "NYC")]
for name, age, city in people:
    print(f"{name:<4}{age:>3} {city}")
print(sorted(people, key=lambda p: (p[2], -p[1])))
by_city = {}
for name, age, city in people:
    by_city.setdefault(city, []).append(name)
print(by_city)
oldest = max(people, key=lambda p: p[1])
youngest = min(people, key=lambda p: p[1])
print(oldest, youngest)
names, ages, cities = zip(*people)
print(names, ages, sorted(set(cities)))
def minmax(seq):
    lo = hi = seq[0]
    for x in seq[1:]:
        if x < lo:
            lo = x
        elif x > hi:
            hi = x
    return lo, hi
print(minmax([5, 3, 9, 1, 7]), minmax("hello"))
point = (3, 4)
x, y = point
print(x, y, (x ** 2 + y ** 2) ** 0.5)
points = [(1, 2), (3, 1), (0, 0), (2, 2)]
print(sorted(points), sorted(points, key=lambda p: p[1]), max(points, key=sum))
t = (1, [2, 3], "s")
print(t.count([2, 3]), t.index("s"), len(t), t[1][0])
print((1, 2) + (3,), (0,) * 4, tuple(reversed((1, 2, 3))), tuple(sorted((3, 1, 2))))
a = (1, 2, 3)
b = a
a += (4,)
print(a, b, a is b)
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (2,) > (1, 99), () == tuple())
pairs = [(i, i * i) for i in range(5)]
print(dict(pairs), [b for _, b in pairs], sum(a for a, _ in pairs))
nested = ((1, (2, 3)), (4, (5, 6)))
print([a + b + c for a, (b, c) in nested])
print(hash((1, "a")) == hash((1, "a")), len({(1, 2), (1, 2), (2, 1)}))
def swap_pairs(lst):
    return [(b, a) for a, b in lst]
print(swap_pairs([(1, "x"), (2, "y")]))
