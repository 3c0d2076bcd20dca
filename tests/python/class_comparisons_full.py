# All six rich comparisons and reflected fallbacks
class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "V%d" % self.n
    def __eq__(self, o):
        return isinstance(o, V) and self.n == o.n
    def __ne__(self, o):
        return not self == o
    def __lt__(self, o):
        return self.n < o.n
    def __le__(self, o):
        return self.n <= o.n
    def __gt__(self, o):
        return self.n > o.n
    def __ge__(self, o):
        return self.n >= o.n
    __hash__ = None
a, b, c = V(1), V(2), V(1)
print(a == c, a != b, a < b, a <= c, b > a, b >= b, a > b, a >= b)
print(sorted([V(3), V(1), V(2)]), max(V(5), V(9)), min([V(4), V(0)]))
print(a < b < V(3), V(3) > b > a, a == c == V(1))
class OnlyLt:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print("lt", self.n, o.n)
        return self.n < o.n
    def __repr__(self):
        return "L%d" % self.n
x, y = OnlyLt(1), OnlyLt(2)
print(x < y)
print(y > x)
try:
    x <= y
except TypeError as e:
    print("TypeError:", e)
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]))
class Weird:
    def __eq__(self, o):
        return "truthy string"
print(Weird() == 1, bool(Weird() == 1))
print(Weird() != 1)
class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        if isinstance(o, (int, float)):
            return self.v == o
        if isinstance(o, Num):
            return self.v == o.v
        return NotImplemented
    def __hash__(self):
        return hash(self.v)
print(Num(3) == 3, 3 == Num(3), Num(3) != 3, Num(2) == "2", Num(1) in [0, 1], {Num(5): "x"}[5] if 5 in {Num(5): "x"} else "no")
print(1 in [Num(1)], [Num(1)] == [1], (Num(2),) == (2,))
print(V(1) in [V(0), V(1)], [V(1), V(2)].index(V(2)), [V(1), V(1)].count(V(1)))
