"""Type hint support (Cinder-in-Rust implementation, Python 3.8 semantics)."""

import collections
import collections.abc
import sys

__all__ = [
    'Any', 'Callable', 'ClassVar', 'Final', 'ForwardRef', 'Generic', 'Literal',
    'Optional', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized',
    'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine',
    'Collection', 'AsyncGenerator', 'AsyncContextManager', 'Reversible',
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter',
    'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet',
    'NamedTuple', 'TypedDict', 'Generator', 'AnyStr', 'cast', 'final',
    'get_args', 'get_origin', 'get_type_hints', 'NewType', 'no_type_check',
    'no_type_check_decorator', 'NoReturn', 'overload', 'runtime_checkable',
    'Text', 'TYPE_CHECKING',
]

TYPE_CHECKING = False

_FunctionType = type(lambda: None)


def _is_dunder(name):
    return name.startswith('__') and name.endswith('__')


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _tp_cache(func):
    cache = {}

    def inner(*args):
        try:
            key = args
            hash(key)
        except TypeError:
            return func(*args)
        try:
            return cache[key]
        except KeyError:
            pass
        except TypeError:
            return func(*args)
        result = func(*args)
        cache[key] = result
        return result
    inner.__name__ = getattr(func, '__name__', 'inner')
    inner.__doc__ = getattr(func, '__doc__', None)
    return inner


class ForwardRef:
    """Internal wrapper for string annotations."""

    def __init__(self, arg, is_argument=True):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        try:
            code = compile(arg, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError('Forward reference must be an expression -- got %r'
                              % (arg,))
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument

    def _evaluate(self, globalns, localns):
        if not self.__forward_evaluated__ or localns is not globalns:
            if globalns is None and localns is None:
                globalns = localns = {}
            elif globalns is None:
                globalns = localns
            elif localns is None:
                localns = globalns
            value = eval(self.__forward_code__, globalns, localns)
            self.__forward_value__ = _type_check(
                value, 'Forward references must evaluate to types.',
                is_argument=self.__forward_is_argument__)
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_value__ == other.__forward_value__)

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return 'ForwardRef(%r)' % (self.__forward_arg__,)


def _type_check(arg, msg, is_argument=True):
    invalid = (Generic, Protocol)
    if not is_argument:
        invalid = invalid + (ClassVar, Final)
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in invalid:
        raise TypeError('%s is not valid as type argument' % (arg,))
    if arg in (Any, NoReturn):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError('Plain %s is not valid as type argument' % (arg,))
    if isinstance(arg, (type, TypeVar, ForwardRef)):
        return arg
    if not callable(arg):
        raise TypeError('%s Got %.100r.' % (msg, arg))
    return arg


def _collect_type_vars(types):
    tvars = []
    for t in types:
        if isinstance(t, TypeVar) and t not in tvars:
            tvars.append(t)
        if isinstance(t, _GenericAlias) and not t._special:
            for x in t.__parameters__:
                if x not in tvars:
                    tvars.append(x)
    return tuple(tvars)


def _subs_tvars(tp, tvars, subs):
    if not isinstance(tp, _GenericAlias):
        return tp
    new_args = list(tp.__args__)
    for a, arg in enumerate(tp.__args__):
        if isinstance(arg, TypeVar):
            for i, tvar in enumerate(tvars):
                if arg == tvar:
                    new_args[a] = subs[i]
        else:
            new_args[a] = _subs_tvars(arg, tvars, subs)
    if tp.__origin__ is Union:
        return Union[tuple(new_args)]
    return tp.copy_with(tuple(new_args))


def _check_generic(cls, parameters):
    if not cls.__parameters__:
        raise TypeError('%s is not a generic class' % (cls,))
    alen = len(parameters)
    elen = len(cls.__parameters__)
    if alen != elen:
        raise TypeError('Too %s parameters for %s; actual %d, expected %d'
                        % ('many' if alen > elen else 'few', cls, alen, elen))


def _remove_dups_flatten(parameters):
    params = []
    for p in parameters:
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            params.extend(p.__args__)
        elif isinstance(p, tuple) and len(p) > 0 and p[0] is Union:
            params.extend(p[1:])
        else:
            params.append(p)
    result = []
    for p in params:
        if p not in result:
            result.append(p)
    return tuple(result)


class _Final:
    """Mixin forbidding subclassing of typing internals."""

    def __init_subclass__(cls, *args, **kwds):
        if '_root' not in kwds:
            raise TypeError('Cannot subclass special typing classes')
        super().__init_subclass__()


class _SpecialForm(_Final, _root=True):
    def __init__(self, name, doc):
        self._name = name
        self._doc = doc

    def __eq__(self, other):
        if not isinstance(other, _SpecialForm):
            return NotImplemented
        return self._name == other._name

    def __hash__(self):
        return hash((self._name,))

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % (self,))

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass %r' % (self,))

    def __instancecheck__(self, obj):
        raise TypeError('%s cannot be used with isinstance()' % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError('%s cannot be used with issubclass()' % (self,))

    def __getitem__(self, parameters):
        return _special_getitem(self, parameters)


def _special_getitem(self, parameters):
    name = self._name
    if name in ('ClassVar', 'Final'):
        item = _type_check(parameters, '%s accepts only single type.' % name)
        return _GenericAlias(self, (item,))
    if name == 'Union':
        if parameters == ():
            raise TypeError('Cannot take a Union of no types.')
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        msg = 'Union[arg, ...]: each arg must be a type.'
        parameters = tuple(_type_check(p, msg) for p in parameters)
        parameters = _remove_dups_flatten(parameters)
        if len(parameters) == 1:
            return parameters[0]
        return _GenericAlias(self, parameters)
    if name == 'Optional':
        arg = _type_check(parameters, 'Optional[t] requires a single type.')
        return Union[arg, type(None)]
    if name == 'Literal':
        return _GenericAlias(self, parameters)
    raise TypeError('%r is not subscriptable' % (self,))


Any = _SpecialForm('Any', 'Special type indicating an unconstrained type.')
NoReturn = _SpecialForm('NoReturn', 'Special type indicating functions that never return.')
ClassVar = _SpecialForm('ClassVar', 'Special type construct to mark class variables.')
Final = _SpecialForm('Final', 'Special typing construct to indicate final names.')
Union = _SpecialForm('Union', 'Union type; Union[X, Y] means either X or Y.')
Optional = _SpecialForm('Optional', 'Optional type; Optional[X] is Union[X, None].')
Literal = _SpecialForm('Literal', 'Special typing form to define literal types.')


def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


class TypeVar(_Final, _root=True):
    """Type variable."""

    def __init__(self, name, *constraints, bound=None,
                 covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if constraints and len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        msg = 'TypeVar(name, constraint, ...): constraints must be types.'
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        if bound:
            self.__bound__ = _type_check(bound, 'Bound must be a type.')
        else:
            self.__bound__ = None
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod
        else:
            self.__module__ = 'typing'

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__


_normalize_alias = {'list': 'List', 'tuple': 'Tuple', 'dict': 'Dict',
                    'set': 'Set', 'frozenset': 'FrozenSet', 'deque': 'Deque',
                    'defaultdict': 'DefaultDict', 'type': 'Type',
                    'Set': 'AbstractSet'}


class _GenericAlias(_Final, _root=True):
    """The result of subscripting a generic class or typing construct."""

    def __init__(self, origin, params, *, inst=True, special=False, name=None):
        self._inst = inst
        self._special = special
        if special and name is None:
            orig_name = origin.__name__
            name = _normalize_alias.get(orig_name, orig_name)
        self._name = name
        if not isinstance(params, tuple):
            params = (params,)
        self.__origin__ = origin
        self.__args__ = tuple(... if a is _TypingEllipsis else
                              () if a is _TypingEmpty else
                              a for a in params)
        self.__parameters__ = _collect_type_vars(params)
        self.__slots__ = None
        if not name:
            self.__module__ = origin.__module__

    @_tp_cache
    def __getitem__(self, params):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError('Cannot subscript already-subscripted %s' % (self,))
        if not isinstance(params, tuple):
            params = (params,)
        msg = 'Parameters to generic types must be types.'
        params = tuple(_type_check(p, msg) for p in params)
        _check_generic(self, params)
        return _subs_tvars(self, self.__parameters__, params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name,
                             inst=self._inst)

    def __repr__(self):
        if (self._name != 'Callable'
                or (len(self.__args__) == 2 and self.__args__[0] is Ellipsis)):
            if self._name:
                name = 'typing.' + self._name
            else:
                name = _type_repr(self.__origin__)
            if not self._special:
                args = '[%s]' % ', '.join([_type_repr(a) for a in self.__args__])
            else:
                args = ''
            return name + args
        if self._special:
            return 'typing.Callable'
        return 'typing.Callable[[%s], %s]' % (
            ', '.join([_type_repr(a) for a in self.__args__[:-1]]),
            _type_repr(self.__args__[-1]))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        if self.__origin__ != other.__origin__:
            return False
        if self.__origin__ is Union and other.__origin__ is Union:
            return frozenset(self.__args__) == frozenset(other.__args__)
        return self.__args__ == other.__args__

    def __hash__(self):
        if self.__origin__ is Union:
            return hash((Union, frozenset(self.__args__)))
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__.lower()))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        if self._name:
            res = []
            if self.__origin__ not in bases:
                res.append(self.__origin__)
            i = bases.index(self)
            if not any(isinstance(b, _GenericAlias)
                       or (isinstance(b, type) and issubclass(b, Generic))
                       for b in bases[i + 1:]):
                res.append(Generic)
            return tuple(res)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __getattr__(self, attr):
        if '__origin__' in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, val):
        if _is_dunder(attr) or attr in ('_name', '_inst', '_special'):
            object.__setattr__(self, attr, val)
        else:
            setattr(self.__origin__, attr, val)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if self._special:
            if not isinstance(cls, _GenericAlias):
                return issubclass(cls, self.__origin__)
            if cls._special:
                return issubclass(cls.__origin__, self.__origin__)
        raise TypeError('Subscripted generics cannot be used with'
                        ' class and instance checks')

    def __reduce__(self):
        if self._special:
            return self._name
        if self._name:
            origin = globals()[self._name]
        else:
            origin = self.__origin__
        if (origin is Callable and
                not (len(self.__args__) == 2 and self.__args__[0] is Ellipsis)):
            args = list(self.__args__[:-1]), self.__args__[-1]
        else:
            args = tuple(self.__args__)
            if len(args) == 1 and not isinstance(args[0], tuple):
                args, = args
        return _getitem_op, (origin, args)


def _getitem_op(obj, item):
    return obj[item]


class _VariadicGenericAlias(_GenericAlias, _root=True):
    """Same as _GenericAlias, but for Tuple and Callable."""

    def __getitem__(self, params):
        if self.__origin__ is tuple and self._special:
            return self.__getitem_inner__tuple(params)
        if self.__origin__ is collections.abc.Callable and self._special:
            if not isinstance(params, tuple) or len(params) != 2:
                raise TypeError('Callable must be used as '
                                'Callable[[arg, ...], result].')
            args, result = params
            if args is Ellipsis:
                params = (Ellipsis, result)
            else:
                if not isinstance(args, list):
                    raise TypeError('Callable[args, result]: args must be a list.'
                                    ' Got %.100r.' % (args,))
                params = (tuple(args), result)
            return self.__getitem_inner__callable(params)
        return super().__getitem__(params)

    def __getitem_inner__tuple(self, params):
        if params == ():
            return self.copy_with((_TypingEmpty,))
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) == 2 and params[1] is ...:
            msg = 'Tuple[t, ...]: t must be a type.'
            p = _type_check(params[0], msg)
            return self.copy_with((p, _TypingEllipsis))
        msg = 'Tuple[t0, t1, ...]: each t must be a type.'
        params = tuple(_type_check(p, msg) for p in params)
        return self.copy_with(params)

    def __getitem_inner__callable(self, params):
        args, result = params
        msg = 'Callable[args, result]: result must be a type.'
        result = _type_check(result, msg)
        if args is Ellipsis:
            return self.copy_with((_TypingEllipsis, result))
        msg = 'Callable[[arg, ...], result]: each arg must be a type.'
        args = tuple(_type_check(arg, msg) for arg in args)
        return self.copy_with(args + (result,))


class _TypingEmpty:
    """Marker for Tuple[()]."""


class _TypingEllipsis:
    """Marker for the ... in Tuple[int, ...] and Callable[..., T]."""


class Generic:
    """Abstract base class for generic types."""

    __slots__ = ()
    _is_protocol = False

    def __new__(cls, *args, **kwds):
        if cls in (Generic, Protocol):
            raise TypeError('Type %s cannot be instantiated; '
                            'it can be used only as a base class' % cls.__name__)
        if super().__new__ is object.__new__:
            return object.__new__(cls)
        return super().__new__(cls, *args, **kwds)

    def __class_getitem__(cls, params):
        return _generic_class_getitem(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if '__orig_bases__' in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = Generic in cls.__bases__ and cls.__name__ != 'Protocol'
        if error:
            raise TypeError('Cannot inherit from plain Generic')
        if '__orig_bases__' in cls.__dict__:
            tvars = _collect_type_vars(cls.__orig_bases__)
            gvars = None
            for base in cls.__orig_bases__:
                if (isinstance(base, _GenericAlias)
                        and base.__origin__ in (Generic, Protocol)):
                    if gvars is not None:
                        raise TypeError('Cannot inherit from Generic[...] multiple types.')
                    gvars = base.__parameters__
            if gvars is None:
                gvars = tvars
            else:
                tvarset = set(tvars)
                gvarset = set(gvars)
                if not tvarset <= gvarset:
                    s_vars = ', '.join(str(t) for t in tvars if t not in gvarset)
                    s_args = ', '.join(str(g) for g in gvars)
                    raise TypeError('Some type variables (%s) are not listed in '
                                    'Generic[%s]' % (s_vars, s_args))
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


_generic_cache = {}


def _generic_class_getitem(cls, params):
    if not isinstance(params, tuple):
        params = (params,)
    if not params and cls is not tuple:
        raise TypeError('Parameter list to %s[...] cannot be empty'
                        % cls.__qualname__)
    msg = 'Parameters to generic types must be types.'
    params = tuple(_type_check(p, msg) for p in params)
    if cls in (Generic, Protocol):
        if not all(isinstance(p, TypeVar) for p in params):
            raise TypeError('Parameters to %s[...] must all be type variables'
                            % cls.__name__)
        if len(set(params)) != len(params):
            raise TypeError('Parameters to %s[...] must all be unique'
                            % cls.__name__)
    else:
        _check_generic(cls, params)
    key = (cls, params)
    try:
        return _generic_cache[key]
    except (KeyError, TypeError):
        pass
    alias = _GenericAlias(cls, params)
    try:
        _generic_cache[key] = alias
    except TypeError:
        pass
    return alias


_PROTO_EXCLUDED = frozenset([
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__',
    '__init__', '__module__', '__new__', '__slots__', '__subclasshook__',
    '__weakref__', '_is_protocol', '_is_runtime_protocol', '__parameters__',
    '__orig_bases__', '__qualname__', '__init_subclass__', '__class_getitem__',
    '_abc_registry', '_abc_cache', '__protocol_attrs__', '__classcell__',
    '__firstlineno__', '__static_attributes__', '_abc_impl',
    '_abc_negative_cache', '_abc_negative_cache_version', '__next_in_mro__',
    '__extra__', '__tree_hash__', '__origin__', '__args__', '_gorg',
    '__callable_proto_members_only__',
])


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith('_abc_') and attr not in _PROTO_EXCLUDED:
                attrs.add(attr)
    return attrs


_ABCMetaBase = type(collections.abc.Iterable)


class _ProtocolMeta(_ABCMetaBase):
    def __instancecheck__(cls, instance):
        if cls.__dict__.get('_is_protocol', False):
            if not cls.__dict__.get('_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with'
                                ' @runtime_checkable protocols')
            for attr in _get_protocol_attrs(cls):
                if not hasattr(instance, attr):
                    break
                if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                    break
            else:
                return True
            return False
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        if cls.__dict__.get('_is_protocol', False):
            if not cls.__dict__.get('_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with'
                                ' @runtime_checkable protocols')
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            for attr in _get_protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return False
                        break
                else:
                    return False
            return True
        return super().__subclasscheck__(other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if '_is_runtime_protocol' not in cls.__dict__:
            cls._is_runtime_protocol = False
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init

    def __init__(self, *args, **kwargs):
        pass


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol."""
    if not isinstance(cls, _ProtocolMeta) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol'
                        ' classes, got %r' % (cls,))
    cls._is_runtime_protocol = True
    return cls


def _alias(origin, params, inst=True):
    return _GenericAlias(origin, params, special=True, inst=inst)


T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
AnyStr = TypeVar('AnyStr', bytes, str)

_cabc = collections.abc


def _abc_alias(name, params, inst=True):
    origin = getattr(_cabc, name, None)
    if origin is None:
        return None
    return _alias(origin, params, inst=inst)


Hashable = _abc_alias('Hashable', ())
Awaitable = _abc_alias('Awaitable', T_co)
Coroutine = _abc_alias('Coroutine', (T_co, T_contra, V_co))
AsyncIterable = _abc_alias('AsyncIterable', T_co)
AsyncIterator = _abc_alias('AsyncIterator', T_co)
Iterable = _abc_alias('Iterable', T_co)
Iterator = _abc_alias('Iterator', T_co)
Reversible = _abc_alias('Reversible', T_co)
Sized = _abc_alias('Sized', ())
Container = _abc_alias('Container', T_co)
Collection = _abc_alias('Collection', T_co)
Callable = _VariadicGenericAlias(_cabc.Callable, (), special=True)
AbstractSet = _abc_alias('Set', T_co)
MutableSet = _abc_alias('MutableSet', T)
Mapping = _abc_alias('Mapping', (KT, VT_co))
MutableMapping = _abc_alias('MutableMapping', (KT, VT))
Sequence = _abc_alias('Sequence', T_co)
MutableSequence = _abc_alias('MutableSequence', T)
ByteString = _abc_alias('ByteString', ())
Tuple = _VariadicGenericAlias(tuple, (), inst=False, special=True)
List = _alias(list, T, inst=False)
Deque = _alias(collections.deque, T)
Set = _alias(set, T, inst=False)
FrozenSet = _alias(frozenset, T_co, inst=False)
MappingView = _abc_alias('MappingView', T_co)
KeysView = _abc_alias('KeysView', KT)
ItemsView = _abc_alias('ItemsView', (KT, VT_co))
ValuesView = _abc_alias('ValuesView', VT_co)
Dict = _alias(dict, (KT, VT), inst=False)
DefaultDict = _alias(collections.defaultdict, (KT, VT))
OrderedDict = _alias(collections.OrderedDict, (KT, VT))
Counter = _alias(collections.Counter, T)
ChainMap = _alias(collections.ChainMap, (KT, VT)) if hasattr(collections, 'ChainMap') else None
Generator = _abc_alias('Generator', (T_co, T_contra, V_co))
AsyncGenerator = _abc_alias('AsyncGenerator', (T_co, T_contra))
Type = _alias(type, CT_co, inst=False)

for _name in ('AsyncIterator', 'AsyncGenerator', 'ChainMap', 'Awaitable',
              'Coroutine', 'AsyncIterable'):
    if globals()[_name] is None:
        del globals()[_name]
        __all__.remove(_name)
del _name


class _ContextManagerBase(Protocol[T_co]):
    __slots__ = ()


def _make_cm_alias():
    # Generic protocol-based stand-ins for contextlib.AbstractContextManager.
    class AbstractContextManager(Generic[T_co]):
        def __enter__(self):
            return self

        def __exit__(self, exc_type, exc_value, traceback):
            return None

    class AbstractAsyncContextManager(Generic[T_co]):
        def __aenter__(self):
            raise NotImplementedError

        def __aexit__(self, exc_type, exc_value, traceback):
            raise NotImplementedError
    AbstractContextManager.__module__ = 'contextlib'
    AbstractAsyncContextManager.__module__ = 'contextlib'
    return (_alias(AbstractContextManager, T_co),
            _alias(AbstractAsyncContextManager, T_co))


ContextManager, AsyncContextManager = _make_cm_alias()
del _ContextManagerBase


@runtime_checkable
class SupportsInt(Protocol):
    __slots__ = ()

    def __int__(self):
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    def __float__(self):
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    __slots__ = ()

    def __complex__(self):
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    __slots__ = ()

    def __bytes__(self):
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    def __index__(self):
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    __slots__ = ()

    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    __slots__ = ()

    def __round__(self, ndigits=0):
        pass


Text = str


def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @typing.overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @overload-ed.')


def overload(func):
    """Decorator for overloaded functions/methods."""
    return _overload_dummy


def final(f):
    """Decorator indicating final methods and final classes."""
    return f


def no_type_check(arg):
    """Decorator indicating that annotations are not type hints."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if (isinstance(obj, _FunctionType)
                    and obj.__qualname__.startswith(arg.__qualname__ + '.')):
                try:
                    obj.__no_type_check__ = True
                except (AttributeError, TypeError):
                    pass
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator giving another decorator the @no_type_check effect."""
    def wrapped_decorator(*args, **kwds):
        func = decorator(*args, **kwds)
        func = no_type_check(func)
        return func
    wrapped_decorator.__name__ = getattr(decorator, '__name__', 'wrapped_decorator')
    wrapped_decorator.__doc__ = getattr(decorator, '__doc__', None)
    return wrapped_decorator


def NewType(name, tp):
    """NewType creates simple unique types with almost zero runtime overhead."""
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def _eval_type(t, globalns, localns):
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns)
    if isinstance(t, _GenericAlias):
        ev_args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        if ev_args == t.__args__:
            return t
        if t.__origin__ is Union:
            return Union[ev_args]
        res = t.copy_with(ev_args)
        res._special = t._special
        return res
    return t


def _get_defaults(func):
    try:
        code = func.__code__
    except AttributeError:
        return {}
    pos_count = code.co_argcount
    arg_names = code.co_varnames[:pos_count]
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    res = dict(kwdefaults)
    pos_offset = pos_count - len(defaults)
    for name, value in zip(arg_names[pos_offset:], defaults):
        res[name] = value
    return res


def get_type_hints(obj, globalns=None, localns=None):
    """Return type hints for an object (class, module, function)."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                mod = sys.modules.get(base.__module__)
                base_globals = getattr(mod, '__dict__', {})
            else:
                base_globals = globalns
            ann = base.__dict__.get('__annotations__', {})
            for name, value in ann.items():
                if value is None:
                    value = type(None)
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False)
                value = _eval_type(value, base_globals, localns)
                hints[name] = value
        return hints
    if globalns is None:
        if hasattr(obj, '__globals__'):
            globalns = obj.__globals__
        elif type(obj) is type(sys):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        if isinstance(obj, (_FunctionType, type(sys))) or callable(obj):
            return {}
        raise TypeError('%r is not a module, class, method, or function.' % (obj,))
    defaults = _get_defaults(obj)
    hints = dict(hints)
    for name, value in hints.items():
        if value is None:
            value = type(None)
        if isinstance(value, str):
            value = ForwardRef(value)
        value = _eval_type(value, globalns, localns)
        if name in defaults and defaults[name] is None:
            value = Optional[value]
        hints[name] = value
    return hints


def get_origin(tp):
    """Get the unsubscripted version of a type."""
    if isinstance(tp, _GenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """Get type arguments with all substitutions performed."""
    if isinstance(tp, _GenericAlias) and not tp._special:
        res = tp.__args__
        if tp.__origin__ is collections.abc.Callable and res[0] is not Ellipsis:
            res = (list(res[:-1]), res[-1])
        return res
    return ()


# ---------------------------------------------------------------- NamedTuple

_prohibited = frozenset(['__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults', '_field_types',
                         '_make', '_replace', '_asdict', '_source'])

_special = frozenset(['__module__', '__name__', '__annotations__',
                      '__qualname__'])


def _make_nmtuple(name, types, defaults=None, module=None):
    msg = 'NamedTuple(\'Name\', [(f0, t0), (f1, t1), ...]); each t must be a type'
    types = [(n, _type_check(t, msg)) for n, t in types]
    nm_tpl = collections.namedtuple(name, [n for n, t in types],
                                    defaults=defaults, module=module)
    nm_tpl.__annotations__ = dict(types)
    nm_tpl._field_types = dict(types)
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(cls, typename, bases, ns)
        types = ns.get('__annotations__', {})
        defaults = []
        defaults_dict = {}
        for field_name in types:
            if field_name in ns:
                default_value = ns[field_name]
                defaults.append(default_value)
                defaults_dict[field_name] = default_value
            elif defaults:
                raise TypeError('Non-default namedtuple field %s cannot follow '
                                'default field(s) %s'
                                % (field_name, ', '.join(defaults_dict.keys())))
        nm_tpl = _make_nmtuple(typename, types.items(), defaults=defaults or None,
                               module=ns.get('__module__'))
        nm_tpl._field_defaults = defaults_dict
        for key in ns:
            if key in _prohibited:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


class NamedTuple(metaclass=NamedTupleMeta):
    """Typed version of namedtuple."""

    _root = True

    def __new__(*args, **kwargs):
        if not args:
            raise TypeError('NamedTuple.__new__(): not enough arguments')
        cls, *args = args
        if args:
            typename, *args = args
        elif 'typename' in kwargs:
            typename = kwargs.pop('typename')
        else:
            raise TypeError("NamedTuple.__new__() missing 1 required positional "
                            "argument: 'typename'")
        if args:
            fields, = args
        else:
            fields = kwargs.pop('fields', None)
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError('Either list of fields or keywords'
                            ' can be provided to NamedTuple, not both')
        return _make_nmtuple(typename, fields, module=_caller_module())


# ---------------------------------------------------------------- TypedDict

def _dict_new(cls, *args, **kwargs):
    return dict(*args, **kwargs)


def _typeddict_new(cls, _typename, _fields=None, **kwargs):
    total = kwargs.pop('total', True)
    if _fields is None:
        _fields = kwargs
    elif kwargs:
        raise TypeError('TypedDict takes either a dict or keyword arguments,'
                        ' but not both')
    ns = {'__annotations__': dict(_fields), '__total__': total}
    mod = _caller_module()
    if mod is not None:
        ns['__module__'] = mod
    return _TypedDictMeta(_typename, (), ns)


def _check_fails(cls, other):
    raise TypeError('TypedDict does not support instance and class checks')


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        ns['__new__'] = _typeddict_new if name == 'TypedDict' else _dict_new
        tp_dict = super().__new__(cls, name, (dict,), ns)
        anns = {}
        own = ns.get('__annotations__', {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {n: _type_check(tp, msg) for n, tp in own.items()}
        anns.update(own)
        for base in bases:
            anns.update(base.__dict__.get('__annotations__', {}))
        tp_dict.__annotations__ = anns
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    __instancecheck__ = __subclasscheck__ = _check_fails


class TypedDict(dict, metaclass=_TypedDictMeta):
    """A simple typed namespace. At runtime it is equivalent to a plain dict."""


# ---------------------------------------------------------------- IO stand-ins

class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO."""
    __slots__ = ()


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""
    __slots__ = ()


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""
    __slots__ = ()
