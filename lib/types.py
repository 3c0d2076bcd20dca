"""Names for the runtime's built-in types, and helpers to create classes.

The types are obtained from real objects (``type(...)`` of a function, a
generator, a module, ...), so they are whatever the runtime uses.
"""

import sys as _sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'CellType',
           'SimpleNamespace', 'GeneratorType', 'CoroutineType',
           'AsyncGeneratorType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'WrapperDescriptorType',
           'MethodWrapperType', 'MethodDescriptorType',
           'ClassMethodDescriptorType', 'ModuleType', 'TracebackType',
           'FrameType', 'GetSetDescriptorType', 'MemberDescriptorType',
           'new_class', 'resolve_bases', 'prepare_class',
           'DynamicClassAttribute', 'coroutine']


def _function():
    pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
MappingProxyType = type(type.__dict__)


def _cell_factory():
    a = 1

    def f():
        return a
    return f.__closure__[0]


CellType = type(_cell_factory())


def _generator():
    yield 1


GeneratorType = type(_generator())


class _Sample:
    __slots__ = ('slot',)

    def method(self):
        pass


MethodType = type(_Sample().method)
MemberDescriptorType = type(_Sample.__dict__['slot'])
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__dict__['__init__'])
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.__dict__['join'])
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(_sys)


def _getset_type():
    # A property implemented natively: a function's __code__ in CPython.
    for owner, name in ((FunctionType, '__code__'), (type, '__dict__'),
                        (FunctionType, '__globals__')):
        d = owner.__dict__
        if name in d:
            return type(d[name])
    return None


GetSetDescriptorType = _getset_type()

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    del _exc

try:
    FrameType = type(_sys._getframe(0))
except (AttributeError, ValueError):
    FrameType = None


def _coroutine_types():
    # ``async def`` may not be supported by the compiler yet: build the
    # sample functions from source so this module still imports.
    ns = {}
    try:
        exec("async def _c(): pass\nasync def _ag(): yield 1\n", ns)
    except SyntaxError:
        return None, None
    c = ns['_c']()
    ctype = type(c)
    c.close()
    return ctype, type(ns['_ag']())


CoroutineType, AsyncGeneratorType = _coroutine_types()

del _function, _cell_factory, _generator, _Sample, _getset_type, _coroutine_types


class SimpleNamespace:
    """A plain object whose attributes are given as keyword arguments."""

    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        if _repr_running.get(id(self)):
            return '%s(...)' % _namespace_name(self)
        _repr_running[id(self)] = True
        try:
            # Python 3.8 lists the attributes sorted by name.
            items = ('%s=%r' % (k, v) for k, v in sorted(self.__dict__.items()))
            return '%s(%s)' % (_namespace_name(self), ', '.join(items))
        finally:
            del _repr_running[id(self)]

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


_repr_running = {}


def _namespace_name(ns):
    cls = type(ns)
    return 'namespace' if cls is SimpleNamespace else cls.__name__


SimpleNamespace.__module__ = 'types'


def resolve_bases(bases):
    """Replace bases that define __mro_entries__ by what it returns."""
    result = list(bases)
    changed = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        entries = getattr(base, '__mro_entries__', None)
        if entries is None:
            continue
        new = entries(bases)
        changed = True
        if not isinstance(new, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        result[i + shift:i + shift + 1] = new
        shift += len(new) - 1
    return tuple(result) if changed else bases


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class "
                        "must be a (non-strict) subclass of the metaclasses "
                        "of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Return (metaclass, namespace, remaining keywords) for a new class."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class dynamically, as a class statement would."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


class DynamicClassAttribute:
    """A property on instances that falls back to the class's __getattr__
    when looked up on the class itself."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or (fget.__doc__ if fget is not None else None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        result = type(self)(fget, self.fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


def coroutine(func):
    """Mark a generator function as usable where a coroutine is expected:
    `await` accepts the generators it makes (CO_ITERABLE_COROUTINE)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if (isinstance(func, FunctionType)
            and func.__code__.co_flags & 0x20):   # a generator function
        from cinder import _iterable_coroutine
        return _iterable_coroutine(func)
    return func
