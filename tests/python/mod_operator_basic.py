import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul(4, 5), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5))
print(operator.abs(-3), operator.inv(5), operator.invert(0), operator.lshift(1, 4), operator.rshift(64, 2))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1), operator.ne(1, 1), operator.ge(1, 2), operator.gt(3, 2))
print(operator.not_(0), operator.truth([]), operator.truth([1]), operator.is_(None, None), operator.is_not(1, None))
print(operator.index(7), operator.concat([1], [2]), operator.concat("ab", "cd"))
print(operator.contains([1, 2, 3], 2), operator.countOf([1, 2, 1, 1], 1), operator.indexOf("abc", "c"))
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter({})), operator.length_hint(5, 42))

class Idx:
    def __index__(self):
        return 11
print(operator.index(Idx()))
for bad in [lambda: operator.index(1.5), lambda: operator.index("x"),
            lambda: operator.indexOf([1, 2], 3), lambda: operator.concat(1, 2),
            lambda: operator.add(1, "a"), lambda: operator.methodcaller(),
            lambda: operator.methodcaller(3), lambda: operator.attrgetter(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

class Hint:
    def __length_hint__(self):
        return 7
print(operator.length_hint(Hint()))

d = {'a': 1}
operator.setitem(d, 'b', 2)
print(d, operator.getitem(d, 'a'))
operator.delitem(d, 'a')
print(d)
lst = [0, 1, 2, 3, 4, 5]
print(operator.getitem(lst, slice(1, 4)))

# in-place
x = [1, 2]
y = operator.iadd(x, [3])
print(x, y, x is y)
print(operator.iadd(1, 2), operator.isub(5, 2), operator.imul(3, 3), operator.itruediv(1, 4))
print(operator.ifloordiv(9, 2), operator.imod(9, 4), operator.ipow(3, 3), operator.ilshift(1, 3))
print(operator.irshift(16, 2), operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3))
print(operator.iconcat([1], (2,)) if False else operator.iconcat([1], [2]))
s = {1, 2}
print(operator.ior(s, {3}), s)

# getters
g = itemgetter(1)
print(g, g([10, 20, 30]), g("xyz"))
g2 = itemgetter(0, 2, -1)
print(g2, g2([10, 20, 30]))
print(itemgetter('a', 'b')({'a': 1, 'b': 2}))
print(repr(itemgetter(slice(1, 2))))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=itemgetter(1)))

class P:
    def __init__(self, n, child=None):
        self.name = n
        self.child = child
    def greet(self, greeting, punct="!"):
        return "%s, %s%s" % (greeting, self.name, punct)

p = P("outer", P("inner", P("deep")))
a = attrgetter('name')
print(a, a(p))
a2 = attrgetter('child.name', 'name', 'child.child.name')
print(a2, a2(p))
print(attrgetter('child.child.name')(p))
try:
    attrgetter('child.nope')(p)
except AttributeError as e:
    print("AttributeError", e)

m = methodcaller('greet', 'Hello')
print(m, m(p))
m2 = methodcaller('greet', 'Hi', punct='?')
print(m2, m2(p))
print(methodcaller('upper')("abc"), methodcaller('split', ',', 1)("a,b,c"))
print(repr(methodcaller('x', 1, 'two', k=[3])))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
print(sorted(operator.__all__) == operator.__all__, len([n for n in operator.__all__ if n != "call"]))
print(operator.__add__(1, 2), operator.__getitem__([5], 0))
