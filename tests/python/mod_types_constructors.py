# types: creating objects through the type objects themselves
# (needs the runtime's mappingproxy, module, method and function types to be callable)
import types


class K:
    def m(self):
        return 'bound to %s' % type(self).__name__


mp = types.MappingProxyType({'a': 1, 'b': 2})
print(mp['a'], len(mp), sorted(mp), 'a' in mp, mp.get('z', 0), dict(mp.items()) == {'a': 1, 'b': 2})
try:
    mp['c'] = 3
except TypeError:
    print('TypeError: read-only')
m = types.ModuleType('mymod', 'doc text')
m.x = 5
print(m.__name__, m.__doc__, m.x, repr(m))
bm = types.MethodType(K.m, K())
print(bm(), bm.__func__ is K.m)


def f(a, b=2):
    return a + b


g = types.FunctionType(f.__code__, {}, 'g', (10,))
print(g(1), g.__name__)
