# is / is not / in / not in semantics
a = [1, 2, 3]
b = a
c = list(a)
print(a is b, a is c, a == c, a is not c, b is not a)
n = None
print(n is None, n is not None, None is None, type(n) is type(None))
t = True
print(t is True, (1 == 1) is True, bool(1) is True, (not t) is False)
print(2 in a, 5 in a, 5 not in a, not 5 in a)
print("ell" in "hello", "" in "", "x" not in "", "H" in "hello")
print((1, 2) in [(1, 2), (3, 4)], [1] in [[1], [2]], {1: 2}.keys() == {1}, 2 in {1: 2}.values())
print(1 in {1.0}, 1.0 in {1}, True in {1}, 0 in {False})
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        print("contains called with", x)
        return x in self.items
box = Box([10, 20])
print(10 in box, 30 in box, 30 not in box)
class Iter:
    def __iter__(self):
        print("iter called")
        return iter([1, 2, 3])
print(2 in Iter(), 9 in Iter())
nan = float("nan")
lst = [nan]
print(nan in lst, lst.count(nan), lst.index(nan), nan == nan)
x = object()
y = object()
print(x is x, x is y, x == y, x != y, x in [y, x], [x].index(x))
print(type(None) is type(None), int is int, type(1) is int, type(True) is not int)
s1 = "".join(["ab", "c"])
print(s1 == "abc", s1 in ["abc"], s1 in {"abc": 1})
def same(p, q):
    return p is q
e = []
print(same(e, e), same([], []), same(None, None))
print(list(map(lambda v: v in "aeiou", "hello")))
print([k for k in range(10) if k not in (2, 3, 5, 7)])
