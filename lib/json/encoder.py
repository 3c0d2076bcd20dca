"""JSON encoding for the Cinder runtime (written from the documented behaviour)."""

INFINITY = float('inf')

try:
    import _json as _native
except ImportError:
    _native = None

_ESCAPES = {
    '"': '\\"',
    '\\': '\\\\',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\b': '\\b',
    '\f': '\\f',
}

_HEX = '0123456789abcdef'


def _hex4(n):
    return (_HEX[(n >> 12) & 15] + _HEX[(n >> 8) & 15]
            + _HEX[(n >> 4) & 15] + _HEX[n & 15])


def _needs_escape(s, ascii_only):
    for ch in s:
        if ch == '"' or ch == '\\' or ch < ' ':
            return True
        if ascii_only and ch >= '\x7f':
            return True
    return False


def py_encode_basestring(s):
    """Return a JSON representation of a Python string (non-ASCII kept)."""
    if not _needs_escape(s, False):
        return '"' + s + '"'
    parts = ['"']
    for ch in s:
        if ch == '"' or ch == '\\' or ch < ' ':
            esc = _ESCAPES.get(ch)
            if esc is None:
                esc = '\\u' + _hex4(ord(ch))
            parts.append(esc)
        else:
            parts.append(ch)
    parts.append('"')
    return ''.join(parts)


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    if not _needs_escape(s, True):
        return '"' + s + '"'
    parts = ['"']
    for ch in s:
        if ' ' <= ch < '\x7f' and ch != '"' and ch != '\\':
            parts.append(ch)
            continue
        esc = _ESCAPES.get(ch)
        if esc is None:
            n = ord(ch)
            if n < 0x10000:
                esc = '\\u' + _hex4(n)
            else:
                n -= 0x10000
                esc = ('\\u' + _hex4(0xd800 | ((n >> 10) & 0x3ff))
                       + '\\u' + _hex4(0xdc00 | (n & 0x3ff)))
        parts.append(esc)
    parts.append('"')
    return ''.join(parts)


if _native is not None:
    encode_basestring = _native.encode_basestring
    encode_basestring_ascii = _native.encode_basestring_ascii
else:
    encode_basestring = py_encode_basestring
    encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON encoder for Python data structures."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable'
                        % (o.__class__.__name__,))

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        if _one_shot and _native is not None:
            indent = self.indent
            if indent is not None and not isinstance(indent, str):
                indent = ' ' * indent
            return (_native.encode(
                o, self.default, indent, self.key_separator,
                self.item_separator, self.sort_keys, self.skipkeys,
                self.ensure_ascii, self.check_circular, self.allow_nan),)
        if self.check_circular:
            markers = {}
        else:
            markers = None
        if self.ensure_ascii:
            _encoder = encode_basestring_ascii
        else:
            _encoder = encode_basestring
        allow_nan = self.allow_nan
        indent = self.indent

        def floatstr(o):
            if o != o:
                text = 'NaN'
            elif o == INFINITY:
                text = 'Infinity'
            elif o == -INFINITY:
                text = '-Infinity'
            else:
                return float.__repr__(o)
            if not allow_nan:
                # CPython's C encoder (no indent) omits the value.
                if indent is None:
                    raise ValueError(
                        "Out of range float values are not JSON compliant")
                raise ValueError(
                    "Out of range float values are not JSON compliant: "
                    + repr(o))
            return text

        return _make_iterencode(markers, self.default, _encoder, self.indent,
                                floatstr, self.key_separator,
                                self.item_separator, self.sort_keys,
                                self.skipkeys)(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
                     _key_separator, _item_separator, _sort_keys, _skipkeys):
    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent

    def _enter(o):
        if markers is not None:
            marker = id(o)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = o
            return marker
        return None

    def _leave(marker):
        if markers is not None:
            del markers[marker]

    def _scalar(o):
        # Returns the encoded text for simple values, or None.
        if isinstance(o, str):
            return _encoder(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return _floatstr(o)
        return None

    def _iterencode_list(lst, level):
        if not lst:
            yield '[]'
            return
        marker = _enter(lst)
        buf = '['
        if _indent is not None:
            level += 1
            newline_indent = '\n' + _indent * level
            separator = _item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = _item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            text = _scalar(value)
            if text is not None:
                yield buf + text
            else:
                yield buf
                if isinstance(value, (list, tuple)):
                    chunks = _iterencode_list(value, level)
                elif isinstance(value, dict):
                    chunks = _iterencode_dict(value, level)
                else:
                    chunks = _iterencode(value, level)
                for chunk in chunks:
                    yield chunk
        if newline_indent is not None:
            level -= 1
            yield '\n' + _indent * level
        yield ']'
        _leave(marker)

    def _iterencode_dict(dct, level):
        if not dct:
            yield '{}'
            return
        marker = _enter(dct)
        yield '{'
        if _indent is not None:
            level += 1
            newline_indent = '\n' + _indent * level
            item_separator = _item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = _item_separator
        first = True
        if _sort_keys:
            items = sorted(dct.items(), key=lambda kv: kv[0])
        else:
            items = dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif _skipkeys:
                continue
            else:
                raise TypeError('keys must be str, int, float, bool or None, '
                                'not %s' % (key.__class__.__name__,))
            if first:
                first = False
            else:
                yield item_separator
            yield _encoder(key)
            yield _key_separator
            text = _scalar(value)
            if text is not None:
                yield text
            else:
                if isinstance(value, (list, tuple)):
                    chunks = _iterencode_list(value, level)
                elif isinstance(value, dict):
                    chunks = _iterencode_dict(value, level)
                else:
                    chunks = _iterencode(value, level)
                for chunk in chunks:
                    yield chunk
        if newline_indent is not None:
            level -= 1
            yield '\n' + _indent * level
        yield '}'
        _leave(marker)

    def _iterencode(o, level):
        text = _scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            for chunk in _iterencode_list(o, level):
                yield chunk
        elif isinstance(o, dict):
            for chunk in _iterencode_dict(o, level):
                yield chunk
        else:
            marker = _enter(o)
            o = _default(o)
            for chunk in _iterencode(o, level):
                yield chunk
            _leave(marker)

    return _iterencode
