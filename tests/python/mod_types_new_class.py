# types.new_class, prepare_class, resolve_bases
import types


def body(ns):
    ns['x'] = 10
    ns['double'] = lambda self: self.x * 2


C = types.new_class('C', (), {}, body)
print(C.__name__, C.x, C().double(), type(C))


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'from_prepare': True}

    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


D = types.new_class('D', (C,), {'metaclass': Meta, 'flag': 1})
print(type(D).__name__, D.from_prepare, D.x, issubclass(D, C))

meta, ns, kw = types.prepare_class('E', (D,), {'flag': 2})
print(meta.__name__, ns, kw)
meta, ns, kw = types.prepare_class('F', ())
print(meta, ns, kw)


class Entry:
    def __mro_entries__(self, bases):
        return (C,)


print(types.resolve_bases((Entry(), object)))
print(types.resolve_bases((int, str)))
G = types.new_class('G', (Entry(),))
print(G.__mro__[1].__name__, G.__orig_bases__[0].__class__.__name__)


class M1(type):
    pass


class M2(type):
    pass


A1 = types.new_class('A1', (), {'metaclass': M1})
A2 = types.new_class('A2', (), {'metaclass': M2})
try:
    types.new_class('Bad', (A1, A2))
except TypeError as e:
    print('TypeError', e)
