# object.__reduce__ / __reduce_ex__ (copyreg-style) and __subclasshook__,
# and copy.copy/deepcopy built on them.
import copy
import copyreg


class Plain:
    pass


class Slotted:
    __slots__ = ('x', 'y', '__z')


class WithNewArgs:
    def __new__(cls, a, b):
        self = object.__new__(cls)
        self.a, self.b = a, b
        return self

    def __getnewargs__(self):
        return (self.a, self.b)


class WithState:
    def __init__(self):
        self.v = [1, 2]

    def __getstate__(self):
        return {'v': self.v, 'note': 'from getstate'}


class MyList(list):
    pass


class MyDict(dict):
    pass


class OwnReduce:
    def __reduce__(self):
        return (OwnReduce, ())


def show(label, r):
    func, args = r[0], r[1]
    rest = [list(x) if x is not None and not isinstance(x, (dict, tuple)) else x for x in r[2:]]
    print(label, func.__name__, [a.__name__ if isinstance(a, type) else a for a in args], rest)


p = Plain()
show('plain2', p.__reduce_ex__(2))
print(p.__reduce_ex__(2)[0] is copyreg.__newobj__, p.__reduce_ex__(4)[0] is copyreg.__newobj__)
p.attr = 'x'
show('plain2 state', p.__reduce_ex__(2))
show('plain1', p.__reduce_ex__(1))
show('plain0', p.__reduce__())
print(p.__reduce__()[0] is copyreg._reconstructor)
show('object', object().__reduce_ex__(3))
show('object0', object().__reduce__())
s = Slotted()
s.x = 1
s._Slotted__z = 3
show('slots', s.__reduce_ex__(2))
show('newargs', WithNewArgs(1, 'b').__reduce_ex__(2))
show('getstate', WithState().__reduce_ex__(2))
show('list', MyList([3, 4]).__reduce_ex__(2))
show('dict', MyDict(k=1).__reduce_ex__(2))
show('own', OwnReduce().__reduce_ex__(2))
print(object.__reduce_ex__ is not None, Plain.__reduce_ex__ is object.__reduce_ex__)
try:
    object().__reduce_ex__()
except TypeError:
    print('TypeError without protocol')

# __subclasshook__
print(object.__subclasshook__(), Plain.__subclasshook__(int), int.__subclasshook__(str))


class Hooked:
    @classmethod
    def __subclasshook__(cls, C):
        return super().__subclasshook__(C)


print(Hooked.__subclasshook__(int))

# copy / deepcopy through the reductions
q = copy.copy(p)
print(type(q).__name__, q.attr, q is not p)
s2 = copy.copy(s)
print(s2.x, s2._Slotted__z, hasattr(s2, 'y'))
w = copy.deepcopy(WithNewArgs([1], 'b'))
print(w.a, w.b)
ws = copy.deepcopy(WithState())
print(ws.v, ws.note)
ml = copy.deepcopy(MyList([[1], [2]]))
print(type(ml).__name__, ml)
md = copy.copy(MyDict(a=[1]))
print(type(md).__name__, md)
