"""Support for the pickle/copy protocol: reduction helpers used by
``object.__reduce__``/``object.__reduce_ex__`` and the registry of reduction
functions for extension types (``pickle``).
"""

__all__ = ['pickle', 'constructor', 'add_extension', 'remove_extension',
           'clear_extension_cache']

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function as the reduction function for ob_type."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def _builtin_base(cls):
    """The first class in cls's MRO that the runtime defines (not a class
    statement), used to rebuild the builtin part of an instance."""
    for base in cls.__mro__:
        if getattr(base, '__module__', None) == 'builtins':
            return base
    return object


def _reconstructor(cls, base, state):
    """Rebuild an object reduced with protocol 0 or 1."""
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols 0 and 1."""
    cls = self.__class__
    base = _builtin_base(cls)
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError("cannot pickle %r object" % cls.__name__)
        state = base(self)
    args = (cls, base, state)
    getstate = getattr(self, '__getstate__', None)
    if getstate is not None:
        d = getstate()
    else:
        if _slotnames(cls):
            raise TypeError("a class that defines __slots__ without defining "
                            "__getstate__ cannot be pickled")
        d = getattr(self, '__dict__', None)
    if d:
        return _reconstructor, args, d
    return _reconstructor, args


def __newobj__(cls, *args):
    """Create an instance the way protocol 2 unpickling does."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Like __newobj__, with keyword arguments (protocol 4)."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """Names of the __slots__ of cls and its bases (private names mangled);
    cached on the class as __slotnames__."""
    names = cls.__dict__.get('__slotnames__')
    if names is not None:
        return names
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):
        pass
    return names


def _object_state(obj):
    """The state object.__reduce_ex__ reports: __getstate__(), else the
    instance dict (None when empty), paired with the set slot values."""
    getstate = getattr(obj, '__getstate__', None)
    if getstate is not None:
        return getstate()
    state = getattr(obj, '__dict__', None)
    if not state:
        state = None
    slots = {}
    for name in _slotnames(type(obj)):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        state = (state, slots)
    return state


def _reduce_newobj(obj, proto):
    """object.__reduce_ex__ for protocols 2 and up:
    (__newobj__, (cls, *args), state, list items, dict items)."""
    cls = type(obj)
    args = ()
    kwargs = None
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
    if not isinstance(args, tuple):
        raise TypeError("__getnewargs__ should return a tuple, not '%s'"
                        % type(args).__name__)
    if kwargs:
        func, newargs = __newobj_ex__, (cls, args, kwargs)
    else:
        func, newargs = __newobj__, (cls,) + args
    state = _object_state(obj)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return func, newargs, state, listitems, dictitems


# Extension codes (pickle protocol 2): kept for API compatibility.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code (for testing only)."""
    key = (module, name)
    if (_extension_registry.get(key) != code or
            _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" %
                         (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
