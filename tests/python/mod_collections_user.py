# collections: UserDict, UserList, UserString, ChainMap
from collections import UserDict, UserList, UserString, ChainMap


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __missing__(self, key):
        return 'missing:' + key


d = LowerDict({'A': 1})
d['B'] = 2
d.update(C=3)
print(d, d['a'], d['zz'], 'a' in d, len(d), sorted(d))
print(d.data, d.get('b'), d.pop('c'), d)
print(d == {'a': 1, 'b': 2}, isinstance(d, UserDict), d.copy(), type(d.copy()).__name__)


class Stack(UserList):
    def push(self, x):
        self.append(x)


s = Stack([1, 2])
s.push(3)
s.extend([4, 5])
print(s, s[1:3], type(s[1:3]).__name__, s.pop(), len(s), s + [9], [0] + s)
s.reverse()
s.sort()
print(s, s * 2, 3 in s, s.index(3), s.count(1), s == [1, 2, 3, 4])
s[0] = 10
del s[1]
print(s, s.data, min(s), sorted(s, reverse=True))
u = UserString('Hello World')
print(u.upper(), u.lower(), u[0], u[-5:], len(u), u.split(), u.replace('o', '0'))
print(u + '!', '>' + u, u * 2, 'World' in u, u.find('o'), u.startswith('He'))
print(type(u.upper()).__name__, u == 'Hello World', u < 'Help', str(u), repr(u))
print(u.center(15, '*'), u.zfill(13), u.strip('Hd'), u.count('l'))
base = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
cm = ChainMap(env, base)
print(cm['user'], cm['color'], len(cm), sorted(cm), dict(cm) == {'user': 'admin', 'color': 'red'})
cm['color'] = 'blue'
print(env, base)
child = cm.new_child({'x': 1})
print(child['x'], child.parents == cm, child.maps[0], len(child.maps))
print(cm.get('nothing', 'dflt'), 'user' in cm, cm.parents)
del cm['color']
print(cm['color'], env)
try:
    del cm['user'], cm['user']
except KeyError as e:
    print('KeyError', e)
print(ChainMap(), ChainMap({'a': 1}, {'b': 2}))
print(cm.copy().maps[0] is cm.maps[0], cm.copy().maps[1] is cm.maps[1])
print(cm.pop('missing', 0), ChainMap({'k': 1}).popitem())
