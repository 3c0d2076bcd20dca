try:
    dict.fromkeys()
except TypeError as e:
    print(e)
print(dict.fromkeys("ab", 1))
x = {}; x["a"] = x
y = {}; y["a"] = y
try:
    x == y
except RecursionError as e:
    print("RecursionError:", e)
l1 = []; l1.append(l1); l2 = []; l2.append(l2)
try:
    l1 == l2
except RecursionError as e:
    print("RecursionError:", e)
class A: pass
A.__call__ = A()
try:
    A()()
except RecursionError as e:
    print("RecursionError")
G = None
def f():
    global G
    [G := 1 for _ in range(1)]
    return G
print(f(), G)
