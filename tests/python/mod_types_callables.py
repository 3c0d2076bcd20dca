# types: classifying callables and descriptors; DynamicClassAttribute; coroutine
import types


class K:
    def method(self):
        return 'm'

    @classmethod
    def cm(cls):
        return cls.__name__

    @staticmethod
    def sm():
        return 'sm'


objs = [('function', K.method), ('bound', K().method), ('classmethod', K.cm),
        ('builtin', len), ('builtin method', [].append), ('lambda', lambda: 0),
        ('class', K), ('module', types)]
for name, o in objs:
    print(name, isinstance(o, types.FunctionType), isinstance(o, types.MethodType),
          isinstance(o, types.BuiltinFunctionType), isinstance(o, types.ModuleType), callable(o))
print(K().method.__self__ is not None, K.cm.__self__ is K, K.cm.__func__.__name__)


class Color:
    def __init__(self, v):
        self._v = v

    @types.DynamicClassAttribute
    def value(self):
        """the value"""
        return self._v

    def __getattr__(self, name):
        return 'class-level %s' % name


print(Color(3).value)
try:
    Color.__dict__['value'].__get__(None, Color)
except AttributeError:
    print('AttributeError on class access')
print(Color.__dict__['value'].__doc__)
try:
    Color(1).value = 5
except AttributeError as e:
    print('AttributeError', e)


@types.coroutine
def gen():
    yield 1


print(list(gen()))
try:
    types.coroutine(5)
except TypeError as e:
    print('TypeError', e)
print(sorted(n for n in types.__all__ if n.endswith('Type'))[:6])


def f(a, b=2, *args, c, d=4, **kw):
    "doc"
    return a


print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames[:4])
print(f.__defaults__, f.__kwdefaults__, f.__name__, f.__doc__)
ns = types.SimpleNamespace(func=f)
print(ns.func(1, c=3))
