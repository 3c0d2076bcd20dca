import copy

a = [1, [2, 3], {'k': (4, [5])}]
b = copy.copy(a)
c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c == a, c[2]['k'][1] is a[2]['k'][1])
t = (1, 2, 'x')
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2, copy.copy(t2) is t2)
print(copy.copy(5), copy.deepcopy('s'), copy.copy(None), copy.deepcopy(len) is len)
s = {1, 2, 3}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(frozenset([1])))
d = {'a': [1]}
dc = copy.copy(d)
dd = copy.deepcopy(d)
d['a'].append(2)
print(dc, dd)

class Plain:
    def __init__(self, v):
        self.v = v
        self.tag = 'plain'
p = Plain([1, 2])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(type(p2).__name__, p2.v is p.v, p3.v is p.v, p3.v, p3.tag)

class Slotted:
    __slots__ = ('a', 'b')
s1 = Slotted()
s1.a = [1]
s2 = copy.deepcopy(s1)
s3 = copy.copy(s1)
print(s2.a, s2.a is s1.a, s3.a is s1.a, hasattr(s2, 'b'))

class Hooked:
    def __init__(self, n):
        self.n = n
    def __copy__(self):
        print('__copy__ called')
        return Hooked(self.n + 100)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Hooked(copy.deepcopy(self.n, memo) + 1000)
h = Hooked(1)
print(copy.copy(h).n, copy.deepcopy(h).n, copy.deepcopy([h, h])[0].n)

shared = [1]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
rec = [1]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc[1] is rc, rc is rec, len(rc))
rd = {}
rd['self'] = rd
rdc = copy.deepcopy(rd)
print(rdc['self'] is rdc)
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(id(x) in memo, y[0] is y[1])

class WithState:
    def __init__(self):
        self.a = 1
    def __getstate__(self):
        return {'a': self.a, 'extra': 'from getstate'}
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.restored = True
ws = copy.copy(WithState())
print(ws.a, ws.extra, ws.restored)

class Sub(list):
    pass
sl = Sub([1, [2]])
sl.attr = 'z'
slc = copy.deepcopy(sl)
print(type(slc).__name__, slc, slc.attr, slc[1] is sl[1])
slc2 = copy.copy(sl)
print(slc2, slc2[1] is sl[1], slc2.attr)

from collections import namedtuple, OrderedDict, deque, Counter, defaultdict
P = namedtuple('P', 'x y')
print(copy.deepcopy(P(1, [2])), copy.copy(P(3, 4)))
print(copy.deepcopy(OrderedDict(a=[1])), copy.copy(deque([1, 2], 3)), copy.deepcopy(Counter('aab')))
ddf = copy.deepcopy(defaultdict(list, a=[1]))
print(ddf, ddf.default_factory)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
print(copy.copy(bytearray(b'ab')), copy.deepcopy(range(3)), copy.copy(int) is int)
