# Calling the runtime's own types: mappingproxy, module, method, function;
# builtin functions stay uncallable as types.
import types


def outer():
    x = 10

    def inner(y):
        return x + y
    return inner


mp = types.MappingProxyType({'k': [1]})
print(type(mp).__name__, mp['k'], list(mp.keys()), list(mp.values()), mp.copy())
d = {'a': 1}
live = types.MappingProxyType(d)
d['b'] = 2
print(len(live), 'b' in live, sorted(live.items()))
for bad in [lambda: types.MappingProxyType([1, 2]), lambda: types.MappingProxyType(5),
            lambda: types.MappingProxyType()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', type(e).__name__)
try:
    del live['a']
except TypeError:
    print('TypeError on delete')
print(types.MappingProxyType(types.MappingProxyType({'z': 0}))['z'])

m = types.ModuleType('fresh')
print(m.__name__, m.__doc__, m.__package__, m.__spec__, m.__loader__, sorted(vars(m)))
m2 = types.ModuleType('named', doc='kw doc')
print(m2.__doc__, repr(m2))
try:
    types.ModuleType(3)
except TypeError:
    print('TypeError for non-str name')
try:
    types.ModuleType()
except TypeError:
    print('TypeError without name')


class MyModule(types.ModuleType):
    def hello(self):
        return 'hello from ' + self.__name__


mm = MyModule('custom')
mm.value = 3
print(mm.hello(), mm.value, isinstance(mm, types.ModuleType))
exec('y = 7', m.__dict__)
print(m.y)


class C:
    def __init__(self, n):
        self.n = n


def describe(self, extra=''):
    return 'C(%d)%s' % (self.n, extra)


bm = types.MethodType(describe, C(4))
print(bm(), bm('!'), bm.__self__.n, bm.__func__ is describe, type(bm) is types.MethodType)
bl = types.MethodType(len, 'abc')
print(bl())
for bad in [lambda: types.MethodType(1, 2), lambda: types.MethodType(describe, None),
            lambda: types.MethodType(describe)]:
    try:
        bad()
    except TypeError:
        print('TypeError for bad method args')

inner = outer()
g = types.FunctionType(inner.__code__, {}, 'copy_of_inner', None, inner.__closure__)
print(g(5), g.__name__, g.__closure__[0].cell_contents)
ns = {'factor': 3}
h = types.FunctionType(compile('factor * 2', '<expr>', 'eval'), ns)
print(h())


def uses_global():
    return factor + 1


k = types.FunctionType(uses_global.__code__, ns)
print(k(), k.__name__, k.__globals__ is ns)
for bad in [lambda: types.FunctionType(inner.__code__, {}),
            lambda: types.FunctionType(inner.__code__, {}, None, None, ()),
            lambda: types.FunctionType(1, {}),
            lambda: types.FunctionType(uses_global.__code__, []),
            lambda: types.FunctionType(uses_global.__code__, {}, 5),
            lambda: types.FunctionType(uses_global.__code__, {}, None, [1])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)

for t in [type(len), type([].append)]:
    try:
        t()
    except TypeError as e:
        print('TypeError', e)
