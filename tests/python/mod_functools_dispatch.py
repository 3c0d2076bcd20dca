# functools.singledispatch and singledispatchmethod
from functools import singledispatch, singledispatchmethod
import collections.abc


@singledispatch
def describe(obj):
    return 'object %r' % (obj,)


@describe.register
def _(obj: int):
    return 'int %d' % obj


@describe.register(float)
def _f(obj):
    return 'float %.2f' % obj


@describe.register(list)
@describe.register(tuple)
def _seq(obj):
    return 'sequence of %d' % len(obj)


def _mapping(obj):
    return 'mapping with keys %s' % sorted(obj)


describe.register(collections.abc.Mapping, _mapping)

print(describe(3), describe(2.5), describe([1, 2]), describe((1,)))
print(describe({'b': 1, 'a': 2}), describe('text'), describe(None))
print(describe(True))


class MyInt(int):
    pass


print(describe(MyInt(7)))
print(describe.dispatch(bool).__name__, describe.dispatch(dict).__name__, describe.dispatch(str).__name__)
print(sorted(t.__name__ for t in describe.registry.keys()))
print(describe.registry[object] is describe.dispatch(object))


class Animal:
    pass


class Dog(Animal):
    pass


@singledispatch
def speak(a):
    raise NotImplementedError('cannot speak')


@speak.register(Animal)
def _(a):
    return 'generic animal noise'


@speak.register(Dog)
def _(a):
    return 'woof'


print(speak(Animal()), speak(Dog()))
try:
    speak(1)
except NotImplementedError as e:
    print('NotImplementedError', e)


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return 'default ' + repr(arg)

    @fmt.register
    def _(self, arg: int):
        return 'int ' + str(arg)

    @fmt.register(list)
    def _(self, arg):
        return 'list ' + ','.join(map(self.fmt, arg))


f = Formatter()
print(f.fmt(5), f.fmt('s'), f.fmt([1, 'a', 2]))
print(describe.__name__, speak.__wrapped__.__name__)
try:
    describe.register(3)
except TypeError as e:
    print('TypeError', str(e)[:40])
