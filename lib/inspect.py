"""Inspect live objects: kinds of objects, signatures of callables, members.

The team's own implementation of the commonly used part of CPython's
`inspect`: the is* predicates, getmembers, signature/Signature/Parameter,
getdoc/cleandoc, getfile/getmodule, currentframe and the code flags.
Source retrieval (getsource) is not available yet.
"""

import sys
import types

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


# ---- predicates -------------------------------------------------------------

def ismodule(obj):
    return isinstance(obj, types.ModuleType)


def isclass(obj):
    return isinstance(obj, type)


def ismethod(obj):
    return isinstance(obj, types.MethodType)


def isfunction(obj):
    return isinstance(obj, types.FunctionType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)


def iscoroutine(obj):
    return isinstance(obj, types.CoroutineType)


def isasyncgen(obj):
    return isinstance(obj, types.AsyncGeneratorType)


def isawaitable(obj):
    return (isinstance(obj, types.CoroutineType)
            or (isinstance(obj, types.GeneratorType)
                and bool(obj.gi_code.co_flags & CO_ITERABLE_COROUTINE))
            or hasattr(type(obj), "__await__"))


def istraceback(obj):
    return isinstance(obj, types.TracebackType)


def isframe(obj):
    return isinstance(obj, types.FrameType)


def iscode(obj):
    return isinstance(obj, types.CodeType)


def isbuiltin(obj):
    return isinstance(obj, types.BuiltinFunctionType)


def isroutine(obj):
    return (isbuiltin(obj) or isfunction(obj) or ismethod(obj)
            or ismethoddescriptor(obj))


def ismethoddescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isabstract(obj):
    return bool(isinstance(obj, type) and getattr(obj, "__abstractmethods__", False))


def getmembers(obj, predicate=None):
    """(name, value) pairs of obj's attributes, sorted by name."""
    results = []
    names = dir(obj)
    for key in names:
        try:
            value = getattr(obj, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmro(cls):
    return cls.__mro__


# ---- documentation and location ----------------------------------------------

def cleandoc(doc):
    """Uniformly remove the indentation of a docstring's continuation lines."""
    try:
        lines = doc.expandtabs().split('\n')
    except UnicodeError:
        return None
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(obj):
    try:
        doc = obj.__doc__
    except AttributeError:
        return None
    if doc is None and isclass(obj):
        for base in obj.__mro__[1:]:
            if base is object:
                break
            doc = base.__doc__
            if doc is not None:
                break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getfile(obj):
    if ismodule(obj):
        if getattr(obj, '__file__', None):
            return obj.__file__
        raise TypeError('{!r} is a built-in module'.format(obj))
    if isclass(obj):
        module = sys.modules.get(obj.__module__)
        if getattr(module, '__file__', None):
            return module.__file__
        raise TypeError('{!r} is a built-in class'.format(obj))
    if ismethod(obj):
        obj = obj.__func__
    if isfunction(obj):
        obj = obj.__code__
    if istraceback(obj):
        obj = obj.tb_frame
    if isframe(obj):
        obj = obj.f_code
    if iscode(obj):
        return obj.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(obj).__name__))


getsourcefile = getfile


def getmodule(obj, _filename=None):
    if ismodule(obj):
        return obj
    if hasattr(obj, '__module__'):
        return sys.modules.get(obj.__module__)
    return None


def currentframe():
    return sys._getframe(1)


def getattr_static(obj, attr, default=None):
    """The attribute as stored, without running descriptors or __getattr__."""
    for holder in ([obj] if isclass(obj) else []) + list(type(obj).__mro__):
        if attr in getattr(holder, '__dict__', {}):
            return holder.__dict__[attr]
    try:
        return object.__getattribute__(obj, '__dict__')[attr]
    except (AttributeError, KeyError, TypeError):
        pass
    if default is not None:
        return default
    raise AttributeError(attr)


# ---- signatures ---------------------------------------------------------------

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """Marker for "not given" in replace()."""


class _ParameterKind(int):
    _names = ('POSITIONAL_ONLY', 'POSITIONAL_OR_KEYWORD', 'VAR_POSITIONAL',
              'KEYWORD_ONLY', 'VAR_KEYWORD')
    _descriptions = ('positional-only', 'positional or keyword',
                     'variadic positional', 'keyword-only', 'variadic keyword')

    def __str__(self):
        return self._names[self]

    def __repr__(self):
        return '<_ParameterKind.%s: %d>' % (self._names[self], int(self))

    @property
    def name(self):
        return self._names[self]

    @property
    def description(self):
        return self._descriptions[self]


_POSITIONAL_ONLY = _ParameterKind(0)
_POSITIONAL_OR_KEYWORD = _ParameterKind(1)
_VAR_POSITIONAL = _ParameterKind(2)
_KEYWORD_ONLY = _ParameterKind(3)
_VAR_KEYWORD = _ParameterKind(4)


class Parameter:
    """One parameter of a Signature."""

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if kind not in (0, 1, 2, 3, 4):
            raise ValueError("value %r is not a valid Parameter.kind" % (kind,))
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('{} parameters cannot have default values'.format(
                _ParameterKind(kind).description))
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        self._name = name
        self._kind = _ParameterKind(kind)
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, default=_void, annotation=_void):
        return Parameter(self._name if name is _void else name,
                         self._kind if kind is _void else kind,
                         default=self._default if default is _void else default,
                         annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default
                and self._annotation == other._annotation)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class BoundArguments:
    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            if name not in self.arguments:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started or name not in self.arguments:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            else:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        from collections import OrderedDict
        new = OrderedDict()
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                new[name] = self.arguments[name]
            elif param.default is not _empty:
                new[name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                new[name] = ()
            elif param.kind == _VAR_KEYWORD:
                new[name] = {}
        self.arguments = new

    def __repr__(self):
        args = ', '.join('{}={!r}'.format(k, v) for k, v in self.arguments.items())
        return '<BoundArguments ({})>'.format(args)


class Signature:
    """The parameters and return annotation of a callable."""

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        params = {}
        if parameters is not None:
            for p in parameters:
                if p.name in params:
                    raise ValueError('duplicate parameter name: {!r}'.format(p.name))
                params[p.name] = p
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return signature(obj, follow_wrapped=follow_wrapped)

    def replace(self, *, parameters=_void, return_annotation=_void):
        return Signature(list(self._parameters.values()) if parameters is _void else parameters,
                         return_annotation=self._return_annotation
                         if return_annotation is _void else return_annotation)

    def _bind(self, args, kwargs, partial=False):
        from collections import OrderedDict
        arguments = OrderedDict()
        params = list(self._parameters.values())
        kwargs = dict(kwargs)
        i = 0
        args = list(args)
        for param in params:
            if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                if args:
                    arguments[param.name] = args.pop(0)
                    continue
                if param.kind == _POSITIONAL_OR_KEYWORD and param.name in kwargs:
                    arguments[param.name] = kwargs.pop(param.name)
                    continue
                if param.default is _empty and not partial:
                    raise TypeError('missing a required argument: {!r}'.format(param.name))
            elif param.kind == _VAR_POSITIONAL:
                if args:
                    arguments[param.name] = tuple(args)
                    args = []
            elif param.kind == _KEYWORD_ONLY:
                if param.name in kwargs:
                    arguments[param.name] = kwargs.pop(param.name)
                elif param.default is _empty and not partial:
                    raise TypeError('missing a required argument: {!r}'.format(param.name))
            elif param.kind == _VAR_KEYWORD:
                if kwargs:
                    arguments[param.name] = kwargs
                    kwargs = {}
            i += 1
        if args:
            raise TypeError('too many positional arguments')
        if kwargs:
            raise TypeError('got an unexpected keyword argument {!r}'.format(
                next(iter(kwargs))))
        return BoundArguments(self, arguments)

    def bind(self, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self._parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self._return_annotation is not _empty:
            rendered += ' -> {}'.format(formatannotation(self._return_annotation))
        return rendered

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, self)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self._parameters.values()) == list(other._parameters.values()))


def _signature_of_function(func, skip_first=False):
    code = func.__code__
    posonly = getattr(code, 'co_posonlyargcount', 0)
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    names = code.co_varnames
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = getattr(func, '__annotations__', None) or {}
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < posonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    index = npos
    varargs = None
    if code.co_flags & CO_VARARGS:
        varargs = names[npos + nkw]
    kwonly = names[npos:npos + nkw]
    if varargs is not None:
        params.append(Parameter(varargs, _VAR_POSITIONAL,
                                annotation=annotations.get(varargs, _empty)))
    for name in kwonly:
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[npos + nkw + (1 if varargs is not None else 0)]
        params.append(Parameter(name, _VAR_KEYWORD,
                                annotation=annotations.get(name, _empty)))
    if skip_first and params and params[0].kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
        params = params[1:]
    return Signature(params, return_annotation=annotations.get('return', _empty))


def signature(obj, *, follow_wrapped=True):
    """The Signature of callable obj."""
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if ismethod(obj):
        return _signature_of_function(obj.__func__, skip_first=True) \
            if isfunction(obj.__func__) else signature(obj.__func__)
    if follow_wrapped:
        while hasattr(obj, '__wrapped__') and not isinstance(obj, type):
            obj = obj.__wrapped__
    sig = getattr(obj, '__signature__', None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
        return sig
    if isfunction(obj):
        return _signature_of_function(obj)
    try:
        import functools
        if isinstance(obj, functools.partial):
            sig = signature(obj.func)
            sig.bind_partial(*obj.args, **(obj.keywords or {}))
            return _partial_signature(sig, obj)
    except ImportError:
        pass
    if isclass(obj):
        for name in ('__init__', '__new__'):
            for base in obj.__mro__:
                if name in base.__dict__:
                    meth = base.__dict__[name]
                    if isinstance(meth, staticmethod):
                        meth = meth.__func__
                    if isfunction(meth):
                        return _signature_of_function(meth, skip_first=True)
                    break
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    call = getattr(type(obj), '__call__', None)
    if isfunction(call):
        return _signature_of_function(call, skip_first=True)
    raise ValueError('no signature found for {!r}'.format(obj))


def _partial_signature(sig, partial):
    params = []
    bound = set(partial.keywords or ())
    npos = len(partial.args)
    for param in sig.parameters.values():
        if npos and param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            npos -= 1
            continue
        if param.name in bound and param.kind in (_POSITIONAL_OR_KEYWORD, _KEYWORD_ONLY):
            params.append(Parameter(param.name, _KEYWORD_ONLY,
                                    default=partial.keywords[param.name],
                                    annotation=param.annotation))
            continue
        params.append(param)
    return Signature(params, return_annotation=sig.return_annotation)


def getfullargspec(func):
    sig = signature(func, follow_wrapped=False)
    args, varargs, varkw, kwonly = [], None, None, []
    defaults, kwdefaults, annotations = [], {}, {}
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    for p in sig.parameters.values():
        if p.annotation is not _empty:
            annotations[p.name] = p.annotation
        if p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(p.name)
            if p.default is not _empty:
                defaults.append(p.default)
        elif p.kind == _VAR_POSITIONAL:
            varargs = p.name
        elif p.kind == _KEYWORD_ONLY:
            kwonly.append(p.name)
            if p.default is not _empty:
                kwdefaults[p.name] = p.default
        else:
            varkw = p.name
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonly,
                       kwdefaults or None, annotations)


class FullArgSpec(tuple):
    _fields = ('args', 'varargs', 'varkw', 'defaults', 'kwonlyargs',
               'kwonlydefaults', 'annotations')

    def __new__(cls, *values):
        return tuple.__new__(cls, values)

    def __getattr__(self, name):
        try:
            return self[self._fields.index(name)]
        except ValueError:
            raise AttributeError(name) from None

    def __repr__(self):
        return 'FullArgSpec(' + ', '.join(
            '%s=%r' % (f, v) for f, v in zip(self._fields, self)) + ')'


def unwrap(func, *, stop=None):
    seen = {id(func)}
    while hasattr(func, '__wrapped__') and not (stop is not None and stop(func)):
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(func))
    return func
