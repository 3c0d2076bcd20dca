"""Context variables (PEP 567) (Cinder-in-Rust implementation).

A Context maps ContextVar objects to values.  Exactly one context is
"current" at any time; ``Context.run`` makes another one current for the
duration of a call.  asyncio runs every callback and every step of a Task
inside a Context, which is how each Task sees its own copy of the variables.

Contexts behave as immutable snapshots: ``copy_context()`` is O(1) because a
Context never mutates its mapping in place; ``ContextVar.set`` replaces the
current context's mapping with an updated copy, so earlier copies keep seeing
the old values.
"""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_NO_DEFAULT = object()


class _MissingType:
    """Type of ``Token.MISSING``: the old value of a variable that had none."""
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


_MISSING = _MissingType()

# The context the running code sees.  Created lazily so that importing this
# module costs nothing.
_current = None


def _current_context():
    global _current
    if _current is None:
        _current = Context()
    return _current


def copy_context():
    """Return a shallow copy of the current context."""
    current = _current
    if current is None:
        return Context()
    return _context_with(current._vars)


def _context_with(vars):
    # A Context holding vars (which is never mutated afterwards), made
    # without the argument checks of Context().
    ctx = object.__new__(Context)
    ctx._vars = vars
    ctx._outer = None
    ctx._entered = False
    return ctx


def _check_key(key):
    if type(key) is not ContextVar:
        raise TypeError("a ContextVar key was expected, got %r" % (key,))


class Context:
    """A mapping from ContextVar to value; ``run`` executes code inside it."""

    __slots__ = ('_vars', '_outer', '_entered')

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self._vars = {}
        self._outer = None
        self._entered = False

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'Context' is not an acceptable base type")

    def run(self, fn, /, *args, **kwargs):
        """Call fn(*args, **kwargs) with this context as the current one."""
        global _current
        if self._entered:
            raise RuntimeError('cannot enter context: %r is already entered' % (self,))
        self._outer = _current_context()
        self._entered = True
        _current = self
        try:
            return fn(*args, **kwargs)
        finally:
            _current = self._outer
            self._outer = None
            self._entered = False
            # The frames of the call may outlive it in a traceback, keeping
            # this frame as their caller: let it hold nothing (Cinder has no
            # cycle collector to free cycles made that way).
            self = fn = args = kwargs = None

    def copy(self):
        return _context_with(self._vars)

    def __getitem__(self, var):
        _check_key(var)
        return self._vars[var]

    def get(self, var, default=None):
        _check_key(var)
        return self._vars.get(var, default)

    def __contains__(self, var):
        _check_key(var)
        return var in self._vars

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(list(self._vars))

    def keys(self):
        return list(self._vars.keys())

    def values(self):
        return list(self._vars.values())

    def items(self):
        return list(self._vars.items())

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    def __ne__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars != other._vars

    __hash__ = None

    def __repr__(self):
        return '<Context object at 0x%x>' % id(self)


class ContextVar:
    """A variable whose value depends on the current Context."""

    __slots__ = ('_name', '_default')

    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError('get expected at most 1 argument, got %d' % len(args))
        vars = _current_context()._vars
        if self in vars:
            return vars[self]
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current_context()
        old = ctx._vars.get(self, _MISSING)
        updated = dict(ctx._vars)
        updated[self] = value
        ctx._vars = updated
        return Token._make(ctx, self, old)

    def reset(self, token):
        if type(token) is not Token:
            raise TypeError('expected an instance of Token, got %r' % (token,))
        if token._used:
            raise RuntimeError('%r has already been used once' % (token,))
        if token._var is not self:
            raise ValueError('%r was created by a different ContextVar' % (token,))
        ctx = _current_context()
        if token._ctx is not ctx:
            raise ValueError('%r was created in a different Context' % (token,))
        token._used = True
        updated = dict(ctx._vars)
        if token._old_value is _MISSING:
            updated.pop(self, None)
        else:
            updated[self] = token._old_value
        ctx._vars = updated

    def __repr__(self):
        text = '<ContextVar name=%r' % (self._name,)
        if self._default is not _NO_DEFAULT:
            text += ' default=%r' % (self._default,)
        return text + ' at 0x%x>' % id(self)


class Token:
    """Returned by ContextVar.set(); lets ContextVar.reset() undo that set."""

    __slots__ = ('_ctx', '_var', '_old_value', '_used')

    MISSING = _MISSING

    def __init__(self, *args, **kwargs):
        raise RuntimeError('Tokens can only be created by ContextVars')

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'Token' is not an acceptable base type")

    @classmethod
    def _make(cls, ctx, var, old_value):
        token = object.__new__(cls)
        token._ctx = ctx
        token._var = var
        token._old_value = old_value
        token._used = False
        return token

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = ' used' if self._used else ''
        return '<Token%s var=%r at 0x%x>' % (used, self._var, id(self))
