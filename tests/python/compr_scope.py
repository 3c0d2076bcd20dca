# Comprehension scoping rules
x = 10
squares = [x * x for x in range(4)]
print(squares, x)
y = 5
print([y + i for i in range(3)])
def f():
    z = 3
    return [z * i for i in range(4)]
print(f())
def g():
    items = [1, 2, 3]
    return {i: [items[j] for j in range(i)] for i in range(len(items) + 1)}
print(g())
class K:
    vals = [1, 2, 3]
    out = [v * 2 for v in vals]
print(K.out)
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs2])
n = 100
res = [n for n in range(3)]
print(res, n)
def h():
    out = [w := v * 2 for v in range(4)]
    return out, w
print(h())
total = 0
res = [total := total + v for v in [1, 2, 3, 4]]
print(res, total)
outer_list = [[i * 10 + j for j in range(3)] for i in range(2)]
print(outer_list)
def uses_outer_var():
    factor = 7
    def inner():
        return [factor * k for k in range(3)]
    return inner()
print(uses_outer_var())
first = [i for i in range(3) for i in range(i + 1)]
print(first)
print([[i for i in range(i)] for i in range(4)])
