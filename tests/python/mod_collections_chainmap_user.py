from collections import ChainMap, UserDict, UserList, UserString

base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], cm['c'], len(cm), sorted(cm), list(cm))
print('a' in cm, 'z' in cm, cm.get('z', 'dflt'), bool(cm), bool(ChainMap()))
print(cm.maps, cm.parents, ChainMap())
cm['d'] = 4
print(over, base)
del cm['b']
print(over, cm['b'])
try:
    del cm['a']
except KeyError as e:
    print("KeyError:", e)
try:
    cm['nope']
except KeyError as e:
    print("KeyError:", e)
child = cm.new_child()
child['x'] = 1
print(child, child.parents == cm)
print(cm.new_child({'q': 0}))
print(sorted(cm.items()), sorted(cm.keys()), sorted(cm.values()))
print(cm.pop('c'), over)
try:
    cm.pop('a')
except KeyError as e:
    print("KeyError:", e)
print(cm.popitem(), over)
try:
    ChainMap({}).popitem()
except KeyError as e:
    print("KeyError:", e)
cc = cm.copy()
cc['new'] = 1
print(cm, cc)
print(ChainMap.fromkeys('ab', 0))
cm.clear()
print(cm)
print(dict(ChainMap({'a': 1}, {'a': 2, 'b': 3})))

ud = UserDict({'a': 1}, b=2)
ud['c'] = 3
print(ud, len(ud), ud['a'], 'b' in ud, ud.data, sorted(ud.keys()))
del ud['a']
print(ud, ud.get('zz', 0), ud.pop('b'), ud)
try:
    ud['missing']
except KeyError as e:
    print("KeyError:", e)
class DefaultUD(UserDict):
    def __missing__(self, key):
        return key * 2
print(DefaultUD()['ab'], UserDict.fromkeys([1, 2]), ud.copy(), type(ud.copy()).__name__)
ud.update({'u': 1}, v=2)
print(ud, ud.setdefault('w', 0), ud)
print(ud == {'c': 3, 'u': 1, 'v': 2, 'w': 0})

ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, len(ul), ul[0], ul[1:3], type(ul[1:3]).__name__, ul.data)
ul.extend(UserList([9]))
ul.insert(0, -1)
print(ul, ul.pop(), ul.pop(0), ul.index(2), ul.count(1), 2 in ul)
print(ul + [5], [5] + ul, ul * 2, ul == [0, 1, 2, 3], ul < [9])
ul.reverse(); print(ul)
ul.remove(2); print(ul)
ul += (7,); print(ul)
del ul[0]; print(ul, list(reversed(ul)), ul.copy())
print(UserList(), UserList('ab'))

us = UserString('Hello World')
print(us, repr(us), len(us), us[0], us[::-1], us.upper(), us.lower(), us.split())
print(us + '!', 'x' + us, us * 2, 'World' in us, us == 'Hello World', us < 'Z')
print(us.replace('l', 'L'), us.find('o'), us.count('l'), us.startswith('He'), us.center(15, '*'))
print(us.strip('Hd'), type(us.upper()).__name__, us.isalpha(), us.title(), us.zfill(13))
print(UserString(42), UserString('%s-%s') % ('a', 'b'), UserString('a').__hash__() == hash('a'), {UserString('k'): 1}[UserString('k')])
print(us.join(['<', '>']), us.partition(' '), us.encode(), int(UserString('12')) + 1)
