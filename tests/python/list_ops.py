# list operations, comparisons, nesting, aliasing
a = [1, 2, 3]
b = [4, 5]
print(a + b, a * 2, [0] * 4, [] * 10, 2 * ["x"])
print(len(a + b), 3 in a, 6 not in b, a == [1, 2, 3], a != [1, 2])
print([1, 2] < [1, 2, 3], [1, 3] > [1, 2, 99], [] < [0], [[1]] == [[1]], [1, [2, [3]]] == [1, [2, [3]]])
c = a
c.append(99)
print(a, c, a is c)
d = list(a)
d.append(100)
print(a, d)
nested = [[1, 2], [3, 4], [5, 6]]
print([row[1] for row in nested], nested[2][0], [x for row in nested for x in row])
flat = []
for row in nested:
    flat.extend(row)
print(flat, sum(flat), max(flat), min(flat))
print(list(range(5)), list("hi"), list((1, 2)), list({3: 4}), list())
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), list(reversed([1, 2, 3])))
e = [5, 3, 8]
print(sorted(e), e)
print([x * 2 for x in e], list(map(str, e)), list(filter(lambda x: x > 4, e)))
lst = [0] * 5
for i in range(len(lst)):
    lst[i] = i * i
print(lst)
lst[-1] += 100
lst[0] -= 1
print(lst)
x = [1, 2, 3]
x[1] = x
print(x)
y = []
y.append(y)
print(y, len(y))
print([None, True, 1.5, "s", (1,), {1: 2}])
grid = [["." for _ in range(4)] for _ in range(3)]
grid[0][0] = "#"
grid[2][3] = "@"
for row in grid:
    print("".join(row))
print(list(enumerate(["a", "b"], 1)), [i for i, _ in enumerate(range(3))])
print(a.__len__(), a.__getitem__(0), a.__contains__(99))
