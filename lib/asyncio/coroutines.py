"""Recognising coroutines and coroutine functions (Cinder-in-Rust implementation)."""

__all__ = ('coroutine', 'iscoroutinefunction', 'iscoroutine')

import collections.abc
import functools

# Code object flags (as in CPython's inspect module).
_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100

_FunctionType = type(lambda: None)


def _generator_type():
    def gen():
        yield
    return type(gen())


async def _coroutine_template():
    pass


def _coroutine_type():
    coro = _coroutine_template()
    kind = type(coro)
    coro.close()
    return kind


GeneratorType = _generator_type()
CoroutineType = _coroutine_type()

# Marker set on functions wrapped by @coroutine.
_is_coroutine = object()

# Types already known to be coroutines (isinstance against an ABC is slow).
_coroutine_type_cache = {CoroutineType, GeneratorType}


def _code_flags(func):
    while isinstance(func, functools.partial):
        func = func.func
    func = getattr(func, '__func__', func)  # bound methods
    if type(func) is not _FunctionType:
        return 0
    return func.__code__.co_flags


def iscoroutinefunction(func):
    """True for `async def` functions and functions decorated by @coroutine."""
    return (bool(_code_flags(func) & _CO_COROUTINE)
            or getattr(func, '_is_coroutine', None) is _is_coroutine)


def iscoroutine(obj):
    """True for coroutine objects (and generator-based coroutines, as in 3.8)."""
    kind = type(obj)
    if kind in _coroutine_type_cache:
        return True
    if isinstance(obj, collections.abc.Coroutine):
        if len(_coroutine_type_cache) < 100:
            _coroutine_type_cache.add(kind)
        return True
    return False


def isgenerator(obj):
    return type(obj) is GeneratorType


def isawaitable(obj):
    """What inspect.isawaitable answers: may obj appear after `await`?"""
    kind = type(obj)
    if kind is CoroutineType:
        return True
    if kind is GeneratorType:
        return bool(obj.gi_code.co_flags & _CO_ITERABLE_COROUTINE)
    return getattr(kind, '__await__', None) is not None


def coroutine(func):
    """Decorator marking a generator-based coroutine (deprecated in 3.8)."""
    try:
        import warnings
        warnings.warn('"@coroutine" decorator is deprecated since Python 3.8, '
                      'use "async def" instead', DeprecationWarning, stacklevel=2)
    except ImportError:
        pass
    if _code_flags(func) & _CO_COROUTINE:
        return func
    if _code_flags(func) & _CO_GENERATOR:
        wrapper = func
    else:
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            result = func(*args, **kwargs)
            if (getattr(result, '_asyncio_future_blocking', None) is not None
                    or type(result) is GeneratorType):
                result = yield from result
            elif getattr(type(result), '__await__', None) is not None:
                result = yield from result.__await__()
            return result
    try:
        import types
        wrapper = types.coroutine(wrapper)
    except (ImportError, AttributeError):
        pass
    wrapper._is_coroutine = _is_coroutine
    return wrapper
