# copy: shallow vs deep, memo, __copy__/__deepcopy__, __reduce_ex__, slots
import copy


class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)


tree = Node('root', [Node('a'), Node('b', [Node('c')])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
print(shallow.children is tree.children, deep.children is tree.children)
print(deep.children[1].children[0].name, deep.children[0] is tree.children[0])
cyc = [1, 2]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[2] is dc, dc is not cyc, len(dc))
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
memo = {}
a = copy.deepcopy([shared], memo)
print(id(shared) in memo, memo[id(shared)] is a[0])


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('__copy__ called')
        return Custom(self.v)

    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))


c = Custom([1])
print(copy.copy(c).v is c.v, copy.deepcopy(c).v is c.v)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]
        self.b = 'x'


s = Slotted()
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(s2.a is s.a, s3.a is s.a, s3.a, s3.b)


class Reduced:
    def __init__(self, x):
        self.x = x

    def __reduce__(self):
        return (Reduced, (self.x * 10,))


print(copy.copy(Reduced(1)).x, copy.deepcopy(Reduced(2)).x)
for v in [1, 2.5, 'str', b'b', None, True, (1, 2), frozenset({1}), len, Node]:
    print(copy.copy(v) is v, copy.deepcopy(v) is v)
t = ([1], 2)
print(copy.deepcopy(t) is t, copy.deepcopy(t)[0] is t[0], copy.copy(t) is t)
d = {'k': [1, 2], 'n': {'m': 3}}
dd = copy.deepcopy(d)
dd['k'].append(3)
print(d, dd)
print(copy.copy(set([1, 2])), copy.deepcopy(bytearray(b'ab')))


class WithState:
    def __init__(self):
        self.data = {'a': 1}

    def __getstate__(self):
        return {'data': self.data, 'extra': True}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


ws = copy.deepcopy(WithState())
print(ws.data, ws.extra, ws.restored)
try:
    raise copy.Error('x')
except copy.Error as e:
    print('copy.Error', e)
