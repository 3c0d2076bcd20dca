# operator: itemgetter/attrgetter/methodcaller, in-place ops, index, length_hint
import operator as op


class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.inner = self

    def dist(self, k=1):
        return (abs(self.x) + abs(self.y)) * k


pts = [P(3, 4), P(-1, 0), P(2, -2)]
print([op.attrgetter('x')(p) for p in pts], op.attrgetter('x', 'y')(pts[0]))
print(op.attrgetter('inner.inner.x')(pts[0]))
print(op.itemgetter(1)('abc'), op.itemgetter(0, 2)('abc'), op.itemgetter(slice(1, None))([1, 2, 3]))
print(op.itemgetter('k')({'k': 'v'}))
print([op.methodcaller('dist')(p) for p in pts], op.methodcaller('dist', k=10)(pts[0]))
print(sorted(['bb', 'a', 'ccc'], key=op.methodcaller('__len__')))
print(repr(op.itemgetter(1, 2)), repr(op.attrgetter('a.b')), repr(op.methodcaller('m', 1, k=2)))
print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3), op.inv(5), op.invert(0), op.lshift(1, 4), op.rshift(16, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.concat([1], [2]), op.contains('abc', 'b'), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
l = [1, 2, 3]
op.setitem(l, 0, 9)
op.delitem(l, 1)
print(l, op.getitem(l, -1))
x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iadd(1, 2), op.imul('ab', 2), op.isub(5, 1), op.ior(1, 2), op.iconcat([0], [1]))
print(op.index(7), op.length_hint([1, 2, 3]), op.length_hint(iter(range(5))), op.length_hint(object(), 42))
try:
    op.index(1.5)
except TypeError as e:
    print('TypeError', e)
try:
    op.concat(1, 2)
except TypeError as e:
    print('TypeError', e)
print(op.matmul.__name__, op.__add__ is op.add, op.itemgetter(0)((5,)))
try:
    op.attrgetter(1)
except TypeError as e:
    print('TypeError', e)
