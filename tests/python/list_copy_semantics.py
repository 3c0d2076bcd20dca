# Shallow copies, aliasing, nested mutation, identity
orig = [[1, 2], [3, 4], 5]
alias = orig
shallow1 = orig[:]
shallow2 = list(orig)
shallow3 = orig.copy()
shallow4 = [*orig]
orig[0].append(99)
orig[2] = "changed"
print(orig)
print(alias)
print(shallow1, shallow2, shallow3, shallow4)
print(shallow1[0] is orig[0], shallow1 is orig, alias is orig)
def deep_copy(x):
    if isinstance(x, list):
        return [deep_copy(v) for v in x]
    if isinstance(x, dict):
        return {k: deep_copy(v) for k, v in x.items()}
    return x
deep = deep_copy(orig)
orig[1].append(100)
print(orig, deep)
row = [0] * 3
grid_bad = [row] * 3
grid_good = [[0] * 3 for _ in range(3)]
grid_bad[0][0] = 1
grid_good[0][0] = 1
print(grid_bad, grid_good)
print(grid_bad[0] is grid_bad[1], grid_good[0] is grid_good[1])
def modify(lst):
    lst.append("added")
    lst = ["new"]
    lst.append("local")
    return lst
x = [1]
r = modify(x)
print(x, r)
a = [1, 2, 3]
b = a
a = a + [4]
print(a, b)
a = b
a += [4]
print(a, b)
t = ([1], [2])
t[0].extend([10, 20])
print(t)
d = {"k": [1]}
dc = dict(d)
dc["k"].append(2)
dc["new"] = 1
print(d, dc)
s = [1, 2, 3]
s2 = s
s[:] = [7, 8]
print(s, s2, s is s2)
s.clear()
print(s2)
nested = [[]] * 2
nested[0].append("x")
print(nested)
