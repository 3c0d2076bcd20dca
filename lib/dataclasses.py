"""Data classes (Cinder-in-Rust implementation, Python 3.8 semantics)."""

import sys
import copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass',
           'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HasDefaultFactoryClass:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HasDefaultFactoryClass()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()

_EMPTY_METADATA = {}


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class _InitVarMeta(type):
    def __getitem__(self, params):
        return InitVar(params)


class InitVar(metaclass=_InitVarMeta):
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % type_name


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else dict(metadata))
        self._field_type = None

    def __repr__(self):
        return ('Field('
                'name=%r,type=%r,default=%r,default_factory=%r,init=%r,'
                'repr=%r,hash=%r,compare=%r,metadata=%r,_field_type=%s)' % (
                    self.name, self.type, self.default, self.default_factory,
                    self.init, self.repr, self.hash, self.compare,
                    self.metadata, self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,'
                'unsafe_hash=%r,frozen=%r)' % (
                    self.init, self.repr, self.eq, self.order,
                    self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata)


def _tuple_str(obj_name, flds):
    if not flds:
        return '()'
    return '(%s,)' % ','.join(['%s.%s' % (obj_name, f.name) for f in flds])


def _create_fn(name, args, body, *, globals=None, locals=None,
               return_type=MISSING):
    if locals is None:
        locals = {}
    locals['_object_'] = object
    return_annotation = ''
    if return_type is not MISSING:
        locals['_return_type'] = return_type
        return_annotation = '->_return_type'
    args = ','.join(args)
    body = '\n'.join(['  ' + b for b in body])
    txt = ' def %s(%s)%s:\n%s' % (name, args, return_annotation, body)
    local_vars = ', '.join(locals.keys())
    txt = 'def __create_fn__(%s):\n%s\n return %s' % (local_vars, txt, name)
    ns = {}
    exec(txt, globals if globals is not None else {}, ns)
    return ns['__create_fn__'](**locals)


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return '_object_.__setattr__(%s,%r,%s)' % (self_name, name, value)
    return '%s.%s=%s' % (self_name, name, value)


def _field_init(f, frozen, globals, self_name):
    default_name = '_dflt_%s' % f.name
    if f.default_factory is not MISSING:
        if f.init:
            globals[default_name] = f.default_factory
            value = ('%s() if %s is _HAS_DEFAULT_FACTORY else %s'
                     % (default_name, f.name, f.name))
        else:
            globals[default_name] = f.default_factory
            value = '%s()' % default_name
    else:
        if f.init:
            if f.default is MISSING:
                value = f.name
            else:
                globals[default_name] = f.default
                value = f.name
        else:
            return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        default = ''
    elif f.default is not MISSING:
        default = '=_dflt_%s' % f.name
    else:
        default = '=_HAS_DEFAULT_FACTORY'
    return '%s:_type_%s%s' % (f.name, f.name, default)


def _init_fn(fields, frozen, has_post_init, self_name, globals):
    seen_default = False
    for f in fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default argument'
                                % (f.name,))
    locals = {'_type_%s' % f.name: f.type for f in fields}
    locals.update({'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY})
    body_lines = []
    for f in fields:
        line = _field_init(f, frozen, locals, self_name)
        if line:
            body_lines.append(line)
    if has_post_init:
        params_str = ','.join(f.name for f in fields
                              if f._field_type is _FIELD_INITVAR)
        body_lines.append('%s.%s(%s)' % (self_name, _POST_INIT_NAME, params_str))
    if not body_lines:
        body_lines = ['pass']
    return _create_fn('__init__',
                      [self_name] + [_init_param(f) for f in fields if f.init],
                      body_lines, locals=locals, globals=globals,
                      return_type=None)


def _repr_fn(fields, globals):
    def __repr__(self):
        key = (id(self), _thread_ident())
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = ['%s=%r' % (f.name, getattr(self, f.name)) for f in fields]
            return '%s(%s)' % (self.__class__.__qualname__, ', '.join(parts))
        finally:
            _repr_running.discard(key)
    return __repr__


_repr_running = set()


def _thread_ident():
    return 0


def _frozen_get_del_attr(cls, fields, globals):
    field_names = tuple(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError('cannot assign to field %r' % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError('cannot delete field %r' % (name,))
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _cmp_fn(name, op, self_tuple, other_tuple, globals):
    return _create_fn(name, ('self', 'other'),
                      ['if other.__class__ is self.__class__:',
                       ' return %s%s%s' % (self_tuple, op, other_tuple),
                       'return NotImplemented'],
                      globals=globals)


def _hash_fn(fields, globals):
    self_tuple = _tuple_str('self', fields)
    return _create_fn('__hash__', ('self',),
                      ['return hash(%s)' % self_tuple], globals=globals)


def _is_classvar(a_type, typing):
    if typing is None:
        return False
    return (a_type is typing.ClassVar
            or (getattr(a_type, '__origin__', None) is typing.ClassVar))


def _is_initvar(a_type):
    return a_type is InitVar or type(a_type) is InitVar


def _is_type_string(annotation, cls, type_name, module_name):
    # Recognise string annotations like "ClassVar[int]" or "typing.ClassVar".
    if not isinstance(annotation, str):
        return False
    text = annotation.strip()
    head = text.split('[', 1)[0].strip()
    if '.' in head:
        mod, _, name = head.rpartition('.')
        if name != type_name:
            return False
        module = sys.modules.get(cls.__module__)
        ns = getattr(module, '__dict__', {})
        return ns.get(mod) is sys.modules.get(module_name)
    if head != type_name:
        return False
    module = sys.modules.get(cls.__module__)
    ns = getattr(module, '__dict__', {})
    target = sys.modules.get(module_name)
    if target is None:
        return False
    return ns.get(head) is getattr(target, type_name, None)


def _get_field(cls, a_name, a_type):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    typing = sys.modules.get('typing')
    if (_is_classvar(a_type, typing)
            or _is_type_string(a_type, cls, 'ClassVar', 'typing')):
        f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        if (_is_initvar(a_type)
                or _is_type_string(a_type, cls, 'InitVar', 'dataclasses')):
            f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % (f.name,))
    if f._field_type is _FIELD and isinstance(f.default, (list, dict, set)):
        raise ValueError('mutable default %s for field %s is not allowed: '
                         'use default_factory' % (type(f.default), f.name))
    return f


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    if isinstance(value, type(_set_new_attribute)):
        try:
            value.__qualname__ = '%s.%s' % (cls.__qualname__, value.__name__)
        except (AttributeError, TypeError):
            pass
    setattr(cls, name, value)
    return False


def _hash_action(cls, fields, globals, unsafe_hash, eq, frozen, has_explicit_hash):
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s'
                            % cls.__name__)
        return _hash_fn(fields, globals)
    if not eq:
        return 'keep'
    if frozen:
        if has_explicit_hash:
            return 'keep'
        return _hash_fn(fields, globals)
    if has_explicit_hash:
        return 'keep'
    return None


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen):
    fields = {}
    if cls.__module__ in sys.modules:
        globals = sys.modules[cls.__module__].__dict__
    else:
        globals = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order,
                                           unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = [_get_field(cls, name, tp) for name, tp in cls_annotations.items()]
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        flds = [f for f in fields.values()
                if f._field_type in (_FIELD, _FIELD_INITVAR)]
        _set_new_attribute(cls, '__init__',
                           _init_fn(flds, frozen, has_post_init,
                                    '__dataclass_self__' if 'self' in fields
                                    else 'self', globals))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        flds = [f for f in field_list if f.repr]
        rfn = _repr_fn(flds, globals)
        rfn.__qualname__ = '%s.__repr__' % cls.__qualname__
        _set_new_attribute(cls, '__repr__', rfn)

    if eq:
        flds = [f for f in field_list if f.compare]
        self_tuple = _tuple_str('self', flds)
        other_tuple = _tuple_str('other', flds)
        _set_new_attribute(cls, '__eq__',
                           _cmp_fn('__eq__', '==', self_tuple, other_tuple,
                                   globals))

    if order:
        flds = [f for f in field_list if f.compare]
        self_tuple = _tuple_str('self', flds)
        other_tuple = _tuple_str('other', flds)
        for name, op in [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'),
                         ('__ge__', '>=')]:
            if _set_new_attribute(cls, name,
                                  _cmp_fn(name, op, self_tuple, other_tuple,
                                          globals)):
                raise TypeError('Cannot overwrite attribute %s in class %s. '
                                'Consider using functools.total_ordering'
                                % (name, cls.__name__))

    if frozen:
        setfn, delfn = _frozen_get_del_attr(cls, field_list, globals)
        for fn in (setfn, delfn):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (fn.__name__, cls.__name__))

    hash_flds = [f for f in field_list
                 if (f.compare if f.hash is None else f.hash)]
    action = _hash_action(cls, hash_flds, globals, unsafe_hash, eq, frozen,
                          has_explicit_hash)
    if action is None:
        cls.__hash__ = None
    elif action != 'keep':
        cls.__hash__ = action

    if not getattr(cls, '__doc__'):
        try:
            cls.__doc__ = cls.__name__ + _signature_text(
                [f for f in fields.values()
                 if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init])
        except Exception:
            cls.__doc__ = cls.__name__
    return cls


def _type_name(tp):
    if getattr(tp, '__module__', None) == 'typing':
        return repr(tp).replace('typing.', '')
    if isinstance(tp, type):
        if tp.__module__ == 'builtins':
            return tp.__qualname__
        return '%s.%s' % (tp.__module__, tp.__qualname__)
    return repr(tp)


def _signature_text(flds):
    parts = []
    for f in flds:
        text = '%s: %s' % (f.name, _type_name(f.type))
        if f.default is not MISSING:
            text += ' = %r' % (f.default,)
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        parts.append(text)
    return '(' + ', '.join(parts) + ')'


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False):
    """Add dunder methods based on the fields defined in the class."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple of Field objects for this dataclass."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance')
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Return True if obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Recursively convert a dataclass instance to a dict."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Recursively convert a dataclass instance to a tuple."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory),
                          _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False):
    """Create a new dataclass with the given name and fields."""
    if namespace is None:
        namespace = {}
    else:
        namespace = namespace.copy()
    seen = set()
    anns = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            namespace[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        anns[name] = tp
    namespace['__annotations__'] = anns
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen)


def replace(obj, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it '
                                 'cannot be specified with replace()' % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()'
                                 % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
