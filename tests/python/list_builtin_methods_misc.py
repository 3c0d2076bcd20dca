# Assorted list method behaviors and edge cases
a = [5, 1, 4]
print(a.append(2), a.extend([]), a.insert(1, 9), a.sort(), a.reverse(), a)
print(a.index(4), a.count(9), a.pop(1), a)
b = []
b.insert(0, "a")
b.insert(-1, "b")
b.insert(-100, "c")
b.insert(100, "d")
print(b)
c = [1, 2, 3, 2, 1]
c.remove(2)
print(c, c.index(1, 1), c.index(2, 0, 3))
try:
    c.index(1, 1, 3)
except ValueError as e:
    print("ValueError:", e)
d = list(range(5))
d[1:4] = reversed(d[1:4])
print(d)
e = [3, 1, 2]
print(sorted(e), e, e.sort(), e)
f = ["b", "A", "c"]
f.sort(key=str.lower, reverse=True)
print(f)
g = [[2, "b"], [1, "a"]]
g.sort(key=lambda p: p[0])
print(g)
nums = [1, 2, 3, 4, 5, 6]
evens = [n for n in nums if n % 2 == 0]
nums[:] = [n for n in nums if n % 2]
print(nums, evens)
h = [0] * 3
h[0] += 1
h *= 2
print(h, len(h))
lst = [1, [2, 3]]
lst2 = lst * 2
lst2[1].append(4)
print(lst, lst2)
print([1, 2] * 0, [] + [], [[]] * 2, list(()), [None] * 2)
z = list("abc")
z += "de"
print(z)
z.extend(x for x in "fg")
print(z, z.index("g"), "".join(z))
print(max([[1, 2], [1, 3], [0, 9]]), min([[], [0]]), sorted([[3], [1, 2], [1]]))
print(list(reversed([])), [x for x in reversed(range(3))], sum([[1], [2]], []))
