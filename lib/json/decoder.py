"""JSON decoding for the Cinder runtime (written from the documented behaviour)."""

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_WS = ' \t\n\r'

try:
    import _json as _native
except ImportError:
    _native = None
_DIGITS = '0123456789'


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

_BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

_HEXCHARS = '0123456789abcdefABCDEF'


def _skip_ws(s, idx):
    n = len(s)
    while idx < n and s[idx] in _WS:
        idx += 1
    return idx


def _decode_uXXXX(s, pos):
    # pos is the index of the 'u'
    # Like CPython's scanner: four hex digits and at least one character
    # after them (a string cannot end there).
    esc = s[pos + 1:pos + 5]
    if len(esc) == 4 and pos + 5 < len(s):
        ok = True
        for c in esc:
            if c not in _HEXCHARS:
                ok = False
                break
        if ok:
            return int(esc, 16)
    raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)


def py_scanstring(s, end, strict=True):
    """Scan the string s for a JSON string. End is the index of the
    character in s after the quote that started the JSON string.
    Returns a tuple of the decoded string and the index of the character
    in s after the end quote."""
    chunks = []
    append = chunks.append
    begin = end - 1
    n = len(s)
    while True:
        # find the next terminator: '"', '\\' or a control character
        start = end
        while end < n:
            c = s[end]
            if c == '"' or c == '\\' or c < ' ':
                break
            end += 1
        if end >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if end > start:
            append(s[start:end])
        terminator = s[end]
        end += 1
        if terminator == '"':
            break
        elif terminator != '\\':
            if strict:
                raise JSONDecodeError("Invalid control character at", s,
                                      end - 1)
            append(terminator)
            continue
        if end >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[end]
        if esc != 'u':
            char = _BACKSLASH.get(esc)
            if char is None:
                raise JSONDecodeError("Invalid \\escape", s, end - 1)
            end += 1
        else:
            uni = _decode_uXXXX(s, end)
            end += 5
            if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
                uni2 = _decode_uXXXX(s, end + 1)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    end += 6
            if 0xd800 <= uni <= 0xdfff:
                # The runtime's str cannot hold lone surrogates.
                raise JSONDecodeError(
                    "Lone surrogate \\u%04x is not supported" % uni, s,
                    end - 6)
            char = chr(uni)
        append(char)
    return ''.join(chunks), end


if _native is not None:
    def scanstring(s, end, strict=True):
        """Scan the JSON string in s whose opening quote precedes index
        end; return the decoded string and the index after its end quote."""
        return _native.scanstring(s, end, strict, JSONDecodeError)
else:
    scanstring = py_scanstring


def _match_number(s, idx):
    """Return (integer, frac, exp, end) or None."""
    n = len(s)
    i = idx
    if i < n and s[i] == '-':
        i += 1
    if i >= n:
        return None
    if s[i] == '0':
        i += 1
    elif '1' <= s[i] <= '9':
        i += 1
        while i < n and s[i] in _DIGITS:
            i += 1
    else:
        return None
    integer = s[idx:i]
    frac = ''
    if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
        j = i + 2
        while j < n and s[j] in _DIGITS:
            j += 1
        frac = s[i:j]
        i = j
    exp = ''
    if i < n and s[i] in 'eE':
        j = i + 1
        if j < n and s[j] in '+-':
            j += 1
        if j < n and s[j] in _DIGITS:
            j += 1
            while j < n and s[j] in _DIGITS:
                j += 1
            exp = s[i:j]
            i = j
    return integer, frac, exp, i


class _Scanner(object):
    def __init__(self, context):
        self.strict = context.strict
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant
        self.memo = {}

    def __call__(self, string, idx):
        try:
            return self.scan_once(string, idx)
        finally:
            self.memo.clear()

    def scan_once(self, s, idx):
        n = len(s)
        if idx < 0 or idx >= n:
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return scanstring(s, idx + 1, self.strict)
        if c == '{':
            return self.parse_object(s, idx + 1)
        if c == '[':
            return self.parse_array(s, idx + 1)
        if c == 'n' and s[idx:idx + 4] == 'null':
            return None, idx + 4
        if c == 't' and s[idx:idx + 4] == 'true':
            return True, idx + 4
        if c == 'f' and s[idx:idx + 5] == 'false':
            return False, idx + 5
        m = _match_number(s, idx)
        if m is not None:
            integer, frac, exp, end = m
            if frac or exp:
                res = self.parse_float(integer + frac + exp)
            else:
                res = self.parse_int(integer)
            return res, end
        if c == 'N' and s[idx:idx + 3] == 'NaN':
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and s[idx:idx + 8] == 'Infinity':
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and s[idx:idx + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), idx + 9
        raise StopIteration(idx)

    def _value(self, s, idx):
        try:
            return self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value)

    def parse_object(self, s, end):
        pairs = []
        memo = self.memo
        end = _skip_ws(s, end)
        nextchar = s[end:end + 1]
        if nextchar != '"':
            if nextchar == '}':
                if self.object_pairs_hook is not None:
                    return self.object_pairs_hook(pairs), end + 1
                pairs = {}
                if self.object_hook is not None:
                    pairs = self.object_hook(pairs)
                return pairs, end + 1
            raise JSONDecodeError(
                "Expecting property name enclosed in double quotes", s, end)
        end += 1
        while True:
            key, end = scanstring(s, end, self.strict)
            key = memo.setdefault(key, key)
            end = _skip_ws(s, end)
            if s[end:end + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip_ws(s, end + 1)
            value, end = self._value(s, end)
            pairs.append((key, value))
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == '}':
                break
            elif nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s,
                    end - 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), end
        pairs = dict(pairs)
        if self.object_hook is not None:
            pairs = self.object_hook(pairs)
        return pairs, end

    def parse_array(self, s, end):
        values = []
        end = _skip_ws(s, end)
        nextchar = s[end:end + 1]
        if nextchar == ']':
            return values, end + 1
        while True:
            value, end = self._value(s, end)
            values.append(value)
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == ']':
                break
            elif nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
        return values, end


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder."""

    # Arguments of _json.decode after the first three (see __init__).
    _native_config = None

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.scan_once = _Scanner(self)
        # The native parser, configured as the C scanner of CPython is: from
        # the attributes at construction time.  Subclasses that override
        # raw_decode keep the Python path.
        self._native_config = None
        if _native is not None and type(self).raw_decode is JSONDecoder.raw_decode:
            self._native_config = (
                strict, object_hook, object_pairs_hook,
                None if self.parse_float is float else self.parse_float,
                None if self.parse_int is int else self.parse_int,
                parse_constant, JSONDecodeError)

    def decode(self, s, _w=None):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document)."""
        native = self._native_config
        if native is not None and isinstance(s, str):
            return _native.decode(s, 0, True, *native)
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended."""
        native = self._native_config
        if native is not None and isinstance(s, str) and idx >= 0:
            return _native.decode(s, idx, False, *native)
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value)
        return obj, end
