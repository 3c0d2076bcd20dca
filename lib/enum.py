"""Enumerations (Cinder-in-Rust implementation, Python 3.8 semantics)."""

import sys

__all__ = ['EnumMeta', 'Enum', 'IntEnum', 'Flag', 'IntFlag', 'auto', 'unique']


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == '__' and name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == '_' and name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


class _MemberAttribute:
    """Instance-only attribute; class access falls back to the metaclass."""

    def __init__(self, fget, name):
        self.fget = fget
        self.__name__ = name
        self.__doc__ = fget.__doc__

    def __get__(self, instance, owner=None):
        if instance is None:
            raise AttributeError(self.__name__)
        return self.fget(instance)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


class _MembersView:
    """Read-only live view of an enum's member mapping."""

    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        object.__setattr__(self, '_mapping', mapping)

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def copy(self):
        return dict(self._mapping)

    def __eq__(self, other):
        if isinstance(other, _MembersView):
            other = other._mapping
        return self._mapping == other

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object attribute is read-only")

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Placeholder replaced by an automatically generated value."""
    value = _auto_null


_ALLOWED_SUNDER = ('_order_', '_create_pseudo_member_', '_generate_next_value_',
                   '_missing_', '_ignore_')


class _EnumDict(dict):
    """Class-body namespace that records member names in definition order."""

    def __init__(self):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._ignore = []
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_sunder(key):
            if key not in _ALLOWED_SUNDER:
                raise ValueError('_names_ are reserved for future Enum use')
            if key == '_generate_next_value_':
                self._generate_next_value = value
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                clash = set(value) & set(self._member_names)
                if clash:
                    raise ValueError('_ignore_ cannot specify already set names: %r'
                                     % (clash,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('Attempted to reuse key: %r' % (key,))
        elif key in self._ignore:
            pass
        elif not _is_descriptor(value):
            if key in self:
                raise TypeError('%r already defined as: %r' % (key, self[key]))
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


# Set to the real class once it exists; EnumMeta needs to know when it is
# creating Enum itself.
Enum = None


def _mro_owner(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass
    return None


class EnumMeta(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_dict = _EnumDict()
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict['_generate_next_value_'] = getattr(
                first_enum, '_generate_next_value_', None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, **kwds):
        ignore = list(getattr(classdict, '_ignore', []))
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        member_names = list(getattr(classdict, '_member_names', []))
        ns = {}
        for key in dict.keys(classdict):
            if key in member_names or key in ignore or key == '_ignore_':
                continue
            ns[key] = dict.__getitem__(classdict, key)
        members = [(k, dict.__getitem__(classdict, k)) for k in member_names]

        invalid = set(member_names) & {'mro', ''}
        if invalid:
            raise ValueError('Invalid enum member name: %s' % (
                ','.join(sorted(invalid)),))

        order = ns.pop('_order_', None)
        if '__qualname__' not in ns:
            ns['__qualname__'] = cls

        new_in_ns = '__new__' in ns
        enum_class = type.__new__(metacls, cls, bases, ns, **kwds)
        type.__setattr__(enum_class, '_member_names_', [])
        type.__setattr__(enum_class, '_member_map_', {})
        type.__setattr__(enum_class, '_value2member_map_', {})
        type.__setattr__(enum_class, '_member_type_', member_type)

        # Work out which __new__ builds the members.
        if new_in_ns:
            raw = enum_class.__dict__['__new__']
            new_func = getattr(raw, '__func__', raw)
            use_args = True
        else:
            new_func = None
            for src in (member_type, first_enum):
                if src is None:
                    continue
                for attr in ('__new_member__', '__new__'):
                    candidate = getattr(src, attr, None)
                    if candidate is None:
                        continue
                    if Enum is not None and candidate is Enum.__new__:
                        continue
                    if candidate is object.__new__:
                        continue
                    new_func = candidate
                    break
                if new_func is not None:
                    break
            if new_func is None:
                new_func = object.__new__
                use_args = False
            else:
                use_args = True

        # Names of attributes whose base definition must not be shadowed.
        dynamic = set()
        for base in enum_class.__mro__[1:]:
            for key, val in base.__dict__.items():
                if isinstance(val, _MemberAttribute):
                    dynamic.add(key)

        member_map = enum_class._member_map_
        value_map = enum_class._value2member_map_
        for member_name, value in members:
            if not isinstance(value, tuple):
                args = (value,)
            else:
                args = value
            if member_type is tuple:
                args = (args,)
            if not use_args:
                member = object.__new__(enum_class)
                if not hasattr(member, '_value_'):
                    member._value_ = value
            else:
                member = new_func(enum_class, *args)
                if not hasattr(member, '_value_'):
                    if member_type is object:
                        member._value_ = value
                    else:
                        member._value_ = member_type(*args)
            value = member._value_
            member._name_ = member_name
            member.__objclass__ = enum_class
            member.__init__(*args)
            for name in enum_class._member_names_:
                canonical = member_map[name]
                if canonical._value_ == member._value_:
                    member = canonical
                    break
            else:
                enum_class._member_names_.append(member_name)
            if member_name not in dynamic:
                type.__setattr__(enum_class, member_name, member)
            member_map[member_name] = member
            try:
                value_map[value] = member
            except TypeError:
                pass

        # Make sure the data type's repr/str/format don't win over Enum's.
        if Enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in ns:
                    continue
                owner = _mro_owner(enum_class, name)
                if owner is not None and not issubclass(owner, Enum):
                    enum_method = getattr(first_enum, name)
                    type.__setattr__(enum_class, name, enum_method)

        if Enum is not None:
            if new_in_ns:
                type.__setattr__(enum_class, '__new_member__', new_func)
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])

        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_')
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%s: cannot delete Enum member.' % cls.__name__)
        super().__delattr__(attr)

    def __dir__(self):
        return (['__class__', '__doc__', '__members__', '__module__']
                + self._member_names_)

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls.__dict__['_member_map_'][name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return _MembersView(cls._member_map_)

    def __repr__(cls):
        return '<enum %r>' % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('Cannot reassign members.')
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = first_enum._generate_next_value_(
                    name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)

    @staticmethod
    def _get_mixins_(class_name, bases):
        if not bases:
            return object, Enum
        if Enum is None:
            return object, None

        def find_data_type(bases):
            for chain in bases:
                for base in chain.__mro__:
                    if base is object:
                        continue
                    if '__new__' in base.__dict__:
                        if issubclass(base, Enum):
                            continue
                        return base
            return None

        first_enum = bases[-1]
        if not issubclass(first_enum, Enum):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        for base in bases:
            if isinstance(base, EnumMeta) and base._member_names_:
                raise TypeError('%s: cannot extend enumeration %r'
                                % (class_name, base.__name__))
        member_type = find_data_type(bases) or object
        return member_type, first_enum


def _value_getter(self):
    return self._value_


def _name_getter(self):
    return self._name_


class Enum(metaclass=EnumMeta):
    """Generic enumeration."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        ve_exc = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None '
                            'or a valid member' % (cls.__name__, result))
        exc.__context__ = ve_exc
        raise exc

    def _generate_next_value_(name, start, count, last_values):
        for last_value in reversed(last_values):
            try:
                return last_value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        added = [m for cls in self.__class__.mro() for m in cls.__dict__
                 if m[0] != '_' and m not in self._member_map_]
        return ['__class__', '__doc__', '__module__'] + sorted(set(added))

    def __format__(self, format_spec):
        cls = type(self)
        str_overridden = _mro_owner(cls, '__str__') not in (Enum, Flag)
        if self._member_type_ is object or str_overridden:
            return format(str(self), format_spec)
        return format(self._value_, format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    name = _MemberAttribute(_name_getter, 'name')
    value = _MemberAttribute(_value_getter, 'value')


class IntEnum(int, Enum):
    """Enum where members are also (and must be) ints."""


def _high_bit(value):
    return value.bit_length() - 1


def _decompose(flag, value):
    not_covered = value
    negative = value < 0
    found = []
    for member in flag:
        mv = member._value_
        if mv and mv & value == mv:
            found.append(member)
            not_covered &= ~mv
    if not negative:
        rest = not_covered
        while rest:
            bit = 2 ** _high_bit(rest)
            if bit in flag._value2member_map_:
                found.append(flag._value2member_map_[bit])
                not_covered &= ~bit
            rest &= ~bit
    if not found and value in flag._value2member_map_:
        found.append(flag._value2member_map_[value])
    found.sort(key=lambda m: m._value_, reverse=True)
    if len(found) > 1 and found[0]._value_ == value:
        found.pop(0)
    return found, not_covered


class Flag(Enum):
    """Support for flags."""

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        for last_value in reversed(last_values):
            try:
                high = _high_bit(last_value)
                break
            except Exception:
                raise TypeError('Invalid Flag value: %r' % last_value) from None
        return 2 ** (high + 1)

    @classmethod
    def _missing_(cls, value):
        original = value
        if value < 0:
            value = ~value
        possible = cls._create_pseudo_member_(value)
        if original < 0:
            possible = ~possible
        return possible

    @classmethod
    def _create_pseudo_member_(cls, value):
        pseudo = cls._value2member_map_.get(value, None)
        if pseudo is None:
            _, extra = _decompose(cls, value)
            if extra:
                raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
            pseudo = object.__new__(cls)
            pseudo._name_ = None
            pseudo._value_ = value
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def _label(self):
        members, _ = _decompose(self.__class__, self._value_)
        return members

    def __repr__(self):
        cls = self.__class__
        if self._name_ is not None:
            return '<%s.%s: %r>' % (cls.__name__, self._name_, self._value_)
        members = self._label()
        return '<%s.%s: %r>' % (
            cls.__name__, '|'.join([str(m._name_ or m._value_) for m in members]),
            self._value_)

    def __str__(self):
        cls = self.__class__
        if self._name_ is not None:
            return '%s.%s' % (cls.__name__, self._name_)
        members = self._label()
        if len(members) == 1 and members[0]._name_ is None:
            return '%s.%r' % (cls.__name__, members[0]._value_)
        return '%s.%s' % (
            cls.__name__, '|'.join([str(m._name_ or m._value_) for m in members]))

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        members, _ = _decompose(self.__class__, self._value_)
        inverted = self.__class__(0)
        for m in self.__class__:
            if m not in members and not (m._value_ & self._value_):
                inverted = inverted | m
        return self.__class__(inverted)


class IntFlag(int, Flag):
    """Support for integer-based Flags."""

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        return cls._create_pseudo_member_(value)

    @classmethod
    def _create_pseudo_member_(cls, value):
        pseudo = cls._value2member_map_.get(value, None)
        if pseudo is None:
            need = [value]
            _, extra = _decompose(cls, value)
            while extra:
                bit = _high_bit(extra)
                flag_value = 2 ** bit
                if flag_value not in cls._value2member_map_ and flag_value not in need:
                    need.append(flag_value)
                if extra == -flag_value:
                    extra = 0
                else:
                    extra ^= flag_value
            for v in reversed(need):
                pseudo = int.__new__(cls, v)
                pseudo._name_ = None
                pseudo._value_ = v
                pseudo = cls._value2member_map_.setdefault(v, pseudo)
        return pseudo

    def __or__(self, other):
        if not isinstance(other, (self.__class__, int)):
            return NotImplemented
        return self.__class__(self._value_ | self.__class__(other)._value_)

    def __and__(self, other):
        if not isinstance(other, (self.__class__, int)):
            return NotImplemented
        return self.__class__(self._value_ & self.__class__(other)._value_)

    def __xor__(self, other):
        if not isinstance(other, (self.__class__, int)):
            return NotImplemented
        return self.__class__(self._value_ ^ self.__class__(other)._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(~self._value_)


def unique(enumeration):
    """Class decorator rejecting enumerations with aliases."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name)
                                   for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' %
                         (enumeration, alias_details))
    return enumeration
