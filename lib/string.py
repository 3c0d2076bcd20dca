"""Common string operations (Cinder-in-Rust implementation)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string"""
    return (sep or ' ').join(x.capitalize() for x in s.split(sep))


def _is_ident_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_ident_char(c):
    return _is_ident_start(c) or ('0' <= c <= '9')


class _Missing:
    pass


_sentinel_dict = {}


_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_IGNORECASE = 2     # re.IGNORECASE, without importing re for plain Templates


class Template:
    """A string class for supporting $-substitutions.

    Subclasses may change delimiter, idpattern, braceidpattern, flags or
    the whole pattern (a regular expression with the groups 'escaped',
    'named', 'braced' and 'invalid'); the plain class uses a hand-written
    scanner that needs no regular expressions.
    """

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _IGNORECASE

    def __init_subclass__(cls, **kwargs):
        # A subclass that changes the syntax gets a compiled pattern, built
        # from delimiter and the id patterns unless it defines its own.
        super().__init_subclass__(**kwargs)
        own_pattern = 'pattern' in cls.__dict__
        if not (own_pattern or cls._custom or cls.idpattern != _DEFAULT_IDPATTERN
                or cls.braceidpattern is not None or cls.flags != _IGNORECASE):
            return
        import re
        if own_pattern:
            pattern = cls.pattern
        else:
            delim = re.escape(cls.delimiter)
            braced = cls.braceidpattern or cls.idpattern
            pattern = ('%s(?:(?P<escaped>%s)|(?P<named>%s)|\\{(?P<braced>%s)\\}|(?P<invalid>))'
                       % (delim, delim, cls.idpattern, braced))
        cls.pattern = re.compile(pattern, cls.flags | re.VERBOSE)
        cls._custom = True

    _custom = False

    def __init__(self, template):
        self.template = template

    def _regex_substitute(self, lookup, safe):
        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                value = lookup(named)
                return mo.group() if value is _Missing else value
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                if safe:
                    return mo.group()
                self._invalid(mo.start('invalid'))
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(convert, self.template)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _scan(self, lookup, safe):
        """Walk the template, replacing placeholders via lookup(name)."""
        if self._custom:
            return self._regex_substitute(lookup, safe)
        s = self.template
        delim = self.delimiter
        dl = len(delim)
        out = []
        i = 0
        n = len(s)
        while i < n:
            j = s.find(delim, i)
            if j < 0:
                out.append(s[i:])
                break
            out.append(s[i:j])
            k = j + dl
            if s.startswith(delim, k):
                out.append(delim)
                i = k + dl
                continue
            if k < n and s[k] == '{':
                e = k + 1
                if e < n and _is_ident_start(s[e]):
                    e += 1
                    while e < n and _is_ident_char(s[e]):
                        e += 1
                    if e < n and s[e] == '}':
                        name = s[k + 1:e]
                        value = lookup(name)
                        if value is _Missing:
                            out.append(s[j:e + 1])
                        else:
                            out.append(value)
                        i = e + 1
                        continue
            elif k < n and _is_ident_start(s[k]):
                e = k + 1
                while e < n and _is_ident_char(s[e]):
                    e += 1
                name = s[k:e]
                value = lookup(name)
                if value is _Missing:
                    out.append(s[j:e])
                else:
                    out.append(value)
                i = e
                continue
            # An invalid placeholder.
            if not safe:
                self._invalid(k)
            out.append(delim)
            i = k
        return ''.join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)

        def lookup(name):
            return '%s' % (mapping[name],)
        return self._scan(lookup, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)

        def lookup(name):
            try:
                return '%s' % (mapping[name],)
            except KeyError:
                return _Missing
        return self._scan(lookup, True)


class _ChainLookup:
    def __init__(self, first, second):
        self._maps = (first, second)

    def __getitem__(self, key):
        for m in self._maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


class Formatter:
    """The machinery of str.format, with hooks to override: get_value,
    get_field, check_unused_args, format_field, convert_field, parse."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # '{}' fields are numbered automatically; mixing with explicit
            # numbers is an error.
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) tuples; the
        last three are None after the final literal text."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """(object, key of the argument used) for a field such as
        'name.attr[0]'."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first


def _parse_format(s):
    """The (literal, field name, spec, conversion) tuples of format string
    s, split as str.format splits it: a doubled brace ends a literal chunk
    (keeping one brace), a field may contain [...] with any characters in
    its name and nested {...} in its spec."""
    result = []
    n = len(s)
    i = 0
    literal_start = 0
    while i < n:
        c = s[i]
        if c not in '{}':
            i += 1
            continue
        if i + 1 < n and s[i + 1] == c:
            result.append((s[literal_start:i + 1], None, None, None))
            i += 2
            literal_start = i
            continue
        if c == '}':
            raise ValueError("Single '}' encountered in format string")
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        literal = s[literal_start:i]
        j = i + 1
        while j < n and s[j] not in ':!}':
            if s[j] == '{':
                raise ValueError("unexpected '{' in field name")
            if s[j] == '[':
                while j < n and s[j] != ']':
                    j += 1
                if j >= n:
                    break
            j += 1
        if j >= n:
            raise ValueError("expected '}' before end of string")
        name = s[i + 1:j]
        conversion = None
        if s[j] == '!':
            if j + 1 >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[j + 1]
            j += 2
            if j >= n:
                raise ValueError("unmatched '{' in format spec")
            if s[j] not in ':}':
                raise ValueError("expected ':' after conversion specifier")
        spec = ''
        if s[j] == ':':
            depth = 1
            k = j + 1
            while k < n:
                if s[k] == '{':
                    depth += 1
                elif s[k] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                k += 1
            if k >= n:
                raise ValueError("expected '}' before end of string")
            spec = s[j + 1:k]
            j = k
        result.append((literal, name, spec, conversion))
        i = j + 1
        literal_start = i
    if literal_start < n:
        result.append((s[literal_start:], None, None, None))
    return result


def _split_field_name(name):
    """('first', [(is_attribute, key), ...]) for 'first.attr[key]'."""
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            rest.append((True, name[i + 1:j]))
            i = j
        else:
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
    return first, rest
