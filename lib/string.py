"""Common string operations (Cinder-in-Rust implementation)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

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


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = None
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

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
