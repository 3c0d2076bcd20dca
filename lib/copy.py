"""Generic (shallow and deep) copying operations (Cinder-in-Rust implementation).

Supports built-in containers, ``__copy__``/``__deepcopy__`` hooks, classes
that define ``__reduce_ex__``/``__reduce__`` (the pickle protocol), and plain
instances (their ``__dict__`` and ``__slots__`` are copied).
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass

error = Error   # backward compatibility


_atomic_types = {type(None), type(Ellipsis), type(NotImplemented), int, float,
                 bool, complex, bytes, str, type, range, type(len),
                 type(lambda: None), property}


def _is_atomic(cls):
    if cls in _atomic_types:
        return True
    return issubclass(cls, type)


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = klass.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _get_state(x):
    """Return (dict state or None, slot state dict)."""
    d = getattr(x, '__dict__', None)
    slots = {}
    for name in _slot_names(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    return d, slots


def _new_like(x):
    cls = type(x)
    if hasattr(x, '__getnewargs_ex__'):
        args, kwargs = x.__getnewargs_ex__()
        return cls.__new__(cls, *args, **kwargs)
    if hasattr(x, '__getnewargs__'):
        return cls.__new__(cls, *x.__getnewargs__())
    return cls.__new__(cls)


def _set_state(y, state, slots):
    if hasattr(y, '__setstate__'):
        if slots:
            y.__setstate__((state, slots))
        else:
            y.__setstate__(state)
        return
    if state:
        y.__dict__.update(state)
    for name, value in slots.items():
        setattr(y, name, value)


_object_reduce_ex = getattr(object, '__reduce_ex__', None)
_object_reduce = getattr(object, '__reduce__', None)


def _class_reduction(x):
    """The reduce value of x when its class overrides __reduce_ex__ or
    __reduce__, else None (the state is then copied directly)."""
    cls = type(x)
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None and reductor is not _object_reduce_ex:
        return reductor(x, 4)
    reductor = getattr(cls, '__reduce__', None)
    if reductor is not None and reductor is not _object_reduce:
        return reductor(x)
    return None


def _from_reduction(x, rv, memo):
    """Rebuild x from the value its __reduce__ returned:
    (callable, args[, state[, list items[, dict items]]])."""
    if isinstance(rv, str):
        return x
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(cls):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls in (tuple, frozenset):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _class_reduction(x)
    if rv is not None:
        return _from_reduction(x, rv, None)
    return _reconstruct(x, None)


def _reconstruct(x, memo):
    deep = memo is not None
    if hasattr(x, '__getstate__'):
        state = x.__getstate__()
        slots = {}
        if isinstance(state, tuple) and len(state) == 2 and \
                (state[0] is None or isinstance(state[0], dict)) and \
                isinstance(state[1], dict):
            state, slots = state
    else:
        state, slots = _get_state(x)
    y = _new_like(x)
    if deep:
        memo[id(x)] = y
        if state is not None:
            state = deepcopy(state, memo)
        slots = deepcopy(slots, memo)
    elif isinstance(state, dict):
        state = dict(state)
    # Containers subclassed by user classes: copy their items too.
    if isinstance(x, list):
        items = [deepcopy(v, memo) for v in x] if deep else list(x)
        list.extend(y, items)
    elif isinstance(x, dict):
        for k, v in dict.items(x):
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            dict.__setitem__(y, k, v)
    elif isinstance(x, set):
        for v in x:
            set.add(y, deepcopy(v, memo) if deep else v)
    _set_state(y, state, slots)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(cls):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # If the tuple was reached again while copying its items, reuse it.
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
        else:
            y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            rv = _class_reduction(x)
            if rv is not None:
                y = _from_reduction(x, rv, memo)
            else:
                y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keep a reference to x in the memo so its id stays unique."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
