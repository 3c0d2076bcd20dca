"""Regular expressions with CPython 3.8's `re` API.

Patterns are translated from Python's syntax into the dialect of the
native engine `_cinder_re` (the Rust `fancy-regex` crate), which does the
matching; this module builds Pattern and Match objects, replacement
templates, `split`, `escape` and the pattern cache on top of it.

Only str patterns are supported.
"""

import _cinder_re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall",
    "finditer", "compile", "purge", "template", "escape", "error",
    "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII",
    "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE",
]

_FLAG_NAMES = [
    (256, "ASCII"), (2, "IGNORECASE"), (4, "LOCALE"), (32, "UNICODE"),
    (8, "MULTILINE"), (16, "DOTALL"), (64, "VERBOSE"), (1, "TEMPLATE"),
    (128, "DEBUG"),
]


def _flag_str(flags):
    names = []
    for bit, name in _FLAG_NAMES:
        if flags & bit:
            names.append("re." + name)
            flags &= ~bit
    if flags:
        names.append(hex(flags))
    return "|".join(names) or "0"


class RegexFlag(int):
    """Flag values: ints that print as `re.IGNORECASE|re.MULTILINE`."""

    def __repr__(self):
        return _flag_str(int(self))

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__


TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)


class error(Exception):
    """Raised for an invalid regular expression."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        if pattern is not None and pos is not None:
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            msg = "%s at position %d" % (msg, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        Exception.__init__(self, msg)


# ---------------------------------------------------------------------------
# Translation of Python pattern syntax

_FLAG_CHARS = {"a": ASCII, "i": IGNORECASE, "L": LOCALE, "m": MULTILINE,
               "s": DOTALL, "u": UNICODE, "x": VERBOSE}
_DIGITS = "0123456789"
_OCTDIGITS = "01234567"
_HEXDIGITS = "0123456789abcdefABCDEF"
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_WHITESPACE = " \t\n\r\v\f"
_SIMPLE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
                   "t": "\t", "v": "\v", "\\": "\\"}
_ASCII_CLASSES = {"d": "0-9", "w": "0-9A-Za-z_", "s": "\\x{20}\\t\\n\\r\\x{b}\\x{c}"}
_UNI_CLASSES = {"d": "\\d", "w": "\\w", "s": "\\s"}


def _lit(c):
    """A literal character in the engine's syntax (safe in and out of sets)."""
    if c.isalnum() or c == "_":
        return c
    return "\\x{%x}" % ord(c)


def _isident(name):
    return name.isidentifier()


class _Translator:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.out = []
        self.groups = 0
        self.names = {}
        self.open_groups = []
        self.enclosing = {}

    def err(self, msg, pos=None):
        return error(msg, self.p, self.i if pos is None else pos)

    def peek(self):
        if self.i < len(self.p):
            return self.p[self.i]
        return None

    def verbose(self, state):
        return state["x"]

    def skip_verbose(self, state):
        p = self.p
        while self.i < len(p):
            c = p[self.i]
            if c in _WHITESPACE:
                self.i += 1
            elif c == "#":
                while self.i < len(p) and p[self.i] != "\n":
                    self.i += 1
            else:
                break

    def leading_flags(self):
        """Global inline flags `(?aiLmsux)` anywhere at top level."""
        p = self.p
        j = 0
        flags = 0
        while True:
            j = p.find("(?", j)
            if j < 0:
                break
            # Only count `(?` not escaped by a backslash.
            k = j - 1
            bs = 0
            while k >= 0 and p[k] == "\\":
                bs += 1
                k -= 1
            if bs % 2 == 1:
                j += 2
                continue
            k = j + 2
            f = 0
            while k < len(p) and p[k] in _FLAG_CHARS:
                f |= _FLAG_CHARS[p[k]]
                k += 1
            if k < len(p) and p[k] == ")" and k > j + 2:
                flags |= f
            j += 2
        return flags

    def translate(self):
        self.flags |= self.leading_flags()
        if self.flags & ASCII and self.flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
        if self.flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        state = {"x": bool(self.flags & VERBOSE), "m": bool(self.flags & MULTILINE),
                 "a": bool(self.flags & ASCII)}
        self.seq(state, 0)
        if self.i < len(self.p):
            # Only a stray `)` stops the top level.
            raise self.err("unbalanced parenthesis")
        return "".join(self.out)

    def seq(self, state, depth):
        """Translates alternatives up to `)` (not consumed) or the end."""
        p = self.p
        out = self.out
        can_repeat = False
        while True:
            if state["x"]:
                self.skip_verbose(state)
            if self.i >= len(p):
                return
            c = p[self.i]
            start = self.i
            if c == ")":
                if depth == 0:
                    raise self.err("unbalanced parenthesis")
                return
            self.i += 1
            if c == "|":
                out.append("|")
                can_repeat = False
            elif c in "*+?":
                if not can_repeat:
                    raise self.err("nothing to repeat", start)
                out.append(c)
                self.lazy(state)
                can_repeat = False
            elif c == "{":
                rep = self.repeat_braces()
                if rep is None:
                    out.append(_lit("{"))
                    can_repeat = True
                else:
                    if not can_repeat:
                        raise self.err("nothing to repeat", start)
                    out.append(rep)
                    self.lazy(state)
                    can_repeat = False
            elif c == ".":
                out.append(".")
                can_repeat = True
            elif c == "^":
                out.append("(?m:^)" if state["m"] else "\\A")
                can_repeat = False
            elif c == "$":
                out.append("(?m:$)" if state["m"] else "(?=\\n?\\z)")
                can_repeat = False
            elif c == "[":
                self.char_set(state, start)
                can_repeat = True
            elif c == "(":
                can_repeat = self.group(state, depth, start)
            elif c == "\\":
                can_repeat = self.escape_out(state, start)
            else:
                out.append(_lit(c))
                can_repeat = True

    def lazy(self, state):
        if self.peek() == "?":
            self.i += 1
            self.out.append("?")
        if self.peek() in ("*", "+", "?", "{"):
            if self.peek() != "{" or self.looks_like_repeat():
                raise self.err("multiple repeat")

    def looks_like_repeat(self):
        save = self.i
        self.i += 1
        r = self.repeat_braces()
        self.i = save
        return r is not None

    def repeat_braces(self):
        """After `{`: a quantifier `{m,n}` (consumed), or None for a literal."""
        p = self.p
        j = self.i
        lo = ""
        while j < len(p) and p[j] in _DIGITS:
            lo += p[j]
            j += 1
        hi = lo
        if j < len(p) and p[j] == ",":
            j += 1
            hi = ""
            while j < len(p) and p[j] in _DIGITS:
                hi += p[j]
                j += 1
        if j >= len(p) or p[j] != "}":
            return None
        if not lo and not hi and p[self.i] != ",":
            return None
        if not lo and p[self.i:j] == "":
            return None
        start = self.i - 1
        self.i = j + 1
        lo_n = int(lo) if lo else 0
        if hi:
            hi_n = int(hi)
            if hi_n < lo_n:
                raise self.err("min repeat greater than max repeat", start + 1)
            return "{%d,%d}" % (lo_n, hi_n)
        return "{%d,}" % lo_n

    def name_until(self, term, what_pos):
        p = self.p
        j = p.find(term, self.i)
        if j < 0:
            raise self.err("missing %s, unterminated name" % term, self.i)
        name = p[self.i:j]
        if not name:
            raise self.err("missing group name", self.i)
        self.i = j + 1
        return name

    def group(self, state, depth, start):
        p = self.p
        out = self.out
        inner = dict(state)
        capture = True
        if self.peek() == "?":
            self.i += 1
            c = self.peek()
            if c is None:
                raise self.err("unexpected end of pattern")
            self.i += 1
            if c == ":":
                out.append("(?:")
                capture = False
            elif c == "P":
                c2 = self.peek()
                self.i += 1
                if c2 == "<":
                    npos = self.i
                    name = self.name_until(">", npos)
                    if not _isident(name):
                        raise self.err("bad character in group name %r" % name, npos)
                    if name in self.names:
                        raise self.err("redefinition of group name %r as group %d; "
                                       "was group %d" % (name, self.groups + 1,
                                                         self.names[name]), npos)
                    self.groups += 1
                    self.names[name] = self.groups
                    out.append("(?P<%s>" % name)
                    capture = None
                elif c2 == "=":
                    npos = self.i
                    name = self.name_until(")", npos)
                    if not _isident(name):
                        raise self.err("bad character in group name %r" % name, npos)
                    if name not in self.names:
                        raise self.err("unknown group name %r" % name, npos)
                    if self.names[name] in self.open_groups:
                        raise self.err("cannot refer to an open group", start)
                    out.append("(?:\\%d)" % self.names[name])
                    return True
                else:
                    if c2 is None:
                        raise self.err("unexpected end of pattern")
                    raise self.err("unknown extension ?P" + c2, start + 1)
            elif c == "#":
                j = p.find(")", self.i)
                if j < 0:
                    raise self.err("missing ), unterminated comment", start)
                self.i = j + 1
                return False
            elif c in "=!":
                out.append("(?" + c)
                capture = False
            elif c == "<":
                c2 = self.peek()
                if c2 not in ("=", "!"):
                    if c2 is None:
                        raise self.err("unexpected end of pattern")
                    raise self.err("unknown extension ?<" + c2, start + 1)
                self.i += 1
                out.append("(?<" + c2)
                capture = False
            elif c == "(":
                npos = self.i
                ref = self.name_until(")", npos)
                if ref.isdigit():
                    gid = int(ref)
                    if gid == 0:
                        raise self.err("bad group number", npos)
                    if gid > self.groups:
                        raise self.err("invalid group reference %d" % gid, npos)
                elif _isident(ref):
                    if ref not in self.names:
                        raise self.err("unknown group name %r" % ref, npos)
                    gid = self.names[ref]
                else:
                    raise self.err("bad character in group name %r" % ref, npos)
                out.append("(?(%d)" % gid)
                self.seq(inner, depth + 1)
                if self.peek() != ")":
                    raise self.err("missing ), unterminated subpattern", start)
                self.i += 1
                out.append(")")
                return True
            elif c in _FLAG_CHARS or c == "-":
                self.i -= 1
                on = ""
                off = ""
                while self.peek() is not None and self.peek() in _FLAG_CHARS:
                    on += self.peek()
                    self.i += 1
                if self.peek() == "-":
                    self.i += 1
                    while self.peek() is not None and self.peek() in _FLAG_CHARS:
                        off += self.peek()
                        self.i += 1
                    if not off:
                        raise self.err("missing flag", self.i)
                c3 = self.peek()
                if c3 == ")":
                    self.i += 1
                    if off:
                        raise self.err("missing :", self.i - 1)
                    return False
                if c3 != ":":
                    if c3 is None:
                        raise self.err("missing -, : or )")
                    raise self.err("unknown flag", self.i)
                self.i += 1
                eng_on = "".join(f for f in on if f in "is")
                eng_off = "".join(f for f in off if f in "is")
                for f in on:
                    if f in "xma":
                        inner[f] = True
                for f in off:
                    if f in "xma":
                        inner[f] = False
                if eng_on or eng_off:
                    out.append("(?%s%s:" % (eng_on, "-" + eng_off if eng_off else ""))
                else:
                    out.append("(?:")
                capture = False
            else:
                raise self.err("unknown extension ?" + c, start + 1)
        if capture is True:
            self.groups += 1
            out.append("(")
        gid = self.groups if capture is not False else None
        if gid is not None:
            self.enclosing[gid] = tuple(self.open_groups)
            self.open_groups.append(gid)
        self.seq(inner, depth + 1)
        if self.peek() != ")":
            raise self.err("missing ), unterminated subpattern", start)
        self.i += 1
        if gid is not None:
            self.open_groups.pop()
        out.append(")")
        return not (capture is False and p[start + 1:start + 3] in ("?=", "?!", "?<"))

    def class_escape(self, state, c, start):
        if c in "dws":
            return _ASCII_CLASSES[c] if state["a"] else _UNI_CLASSES[c]
        if c in "DWS":
            return None
        return None

    def escape_code(self, c, start, in_set):
        """A literal char for escape `\\c` (after consuming c)."""
        p = self.p
        if c in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[c]
        if c == "x":
            h = p[self.i:self.i + 2]
            if len(h) != 2 or any(ch not in _HEXDIGITS for ch in h):
                raise self.err("incomplete escape \\x" + h, start)
            self.i += 2
            return chr(int(h, 16))
        if c in "uU":
            n = 4 if c == "u" else 8
            h = p[self.i:self.i + n]
            if len(h) != n or any(ch not in _HEXDIGITS for ch in h):
                raise self.err("incomplete escape \\%s%s" % (c, h), start)
            self.i += n
            v = int(h, 16)
            if v > 0x10FFFF:
                raise self.err("bad escape \\%s%s" % (c, h), start)
            return chr(v)
        if c == "0":
            h = ""
            while len(h) < 2 and self.peek() is not None and self.peek() in _OCTDIGITS:
                h += self.peek()
                self.i += 1
            return chr(int("0" + h, 8))
        if c in _OCTDIGITS and in_set:
            h = c
            while len(h) < 3 and self.peek() is not None and self.peek() in _OCTDIGITS:
                h += self.peek()
                self.i += 1
            v = int(h, 8)
            if v > 0o377:
                raise self.err("octal escape value \\%s outside of range 0-0o377" % h, start)
            return chr(v)
        if c in _DIGITS and in_set:
            raise self.err("bad escape \\" + c, start)
        if c in _ASCII_LETTERS:
            raise self.err("bad escape \\" + c, start)
        return c

    def escape_out(self, state, start):
        p = self.p
        c = self.peek()
        if c is None:
            raise self.err("bad escape (end of pattern)", start)
        self.i += 1
        out = self.out
        if c in "dws":
            if state["a"]:
                out.append("[" + _ASCII_CLASSES[c] + "]")
            else:
                out.append(_UNI_CLASSES[c])
            return True
        if c in "DWS":
            if state["a"]:
                out.append("[^" + _ASCII_CLASSES[c.lower()] + "]")
            else:
                out.append("\\" + c)
            return True
        if c == "A":
            out.append("\\A")
            return False
        if c == "Z":
            out.append("\\z")
            return False
        if c in "bB":
            if state["a"]:
                out.append("(?-u:\\%s)" % c)
            else:
                out.append("\\" + c)
            return False
        if c in "123456789":
            h = c
            if self.peek() is not None and self.peek() in _DIGITS:
                # Three octal digits make an octal escape.
                if (c in _OCTDIGITS and self.peek() in _OCTDIGITS
                        and self.i + 1 < len(p) and p[self.i + 1] in _OCTDIGITS):
                    h = p[self.i - 1:self.i + 2]
                    self.i += 2
                    v = int(h, 8)
                    if v > 0o377:
                        raise self.err("octal escape value \\%s outside of range 0-0o377"
                                       % h, start)
                    out.append(_lit(chr(v)))
                    return True
                h += self.peek()
                self.i += 1
            gid = int(h)
            if gid > self.groups or gid in self.open_groups:
                if gid in self.open_groups:
                    raise self.err("cannot refer to an open group", start)
                raise self.err("invalid group reference %d" % gid, start + 1)
            out.append("(?:\\%d)" % gid)
            return True
        out.append(_lit(self.escape_code(c, start, False)))
        return True

    def char_set(self, state, start):
        p = self.p
        items = []
        negate = False
        if self.peek() == "^":
            negate = True
            self.i += 1
        first = True
        while True:
            c = self.peek()
            if c is None:
                raise self.err("unterminated character set", start)
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            istart = self.i
            self.i += 1
            lo = None
            if c == "\\":
                e = self.peek()
                if e is None:
                    raise self.err("bad escape (end of pattern)", istart)
                self.i += 1
                if e in "dwsDWS":
                    if state["a"]:
                        cls = _ASCII_CLASSES[e.lower()]
                        if e.isupper():
                            items.append("[^" + cls + "]")
                        else:
                            items.append(cls)
                    else:
                        items.append("\\" + e)
                    continue
                lo = self.escape_code(e, istart, True)
            else:
                lo = c
            if self.peek() == "-" and self.i + 1 < len(p) and p[self.i + 1] != "]":
                self.i += 1
                c2 = self.peek()
                rstart = self.i
                self.i += 1
                if c2 == "\\":
                    e = self.peek()
                    if e is None:
                        raise self.err("bad escape (end of pattern)", rstart)
                    self.i += 1
                    if e in "dwsDWS":
                        raise self.err("bad character range %s" % p[istart:self.i], istart)
                    hi = self.escape_code(e, rstart, True)
                else:
                    hi = c2
                if ord(hi) < ord(lo):
                    raise self.err("bad character range %s" % p[istart:self.i], istart)
                items.append(_lit(lo) + "-" + _lit(hi))
            else:
                items.append(_lit(lo))
        if not items:
            self.out.append("[^\\s\\S]" if not negate else "[\\s\\S]")
            return
        self.out.append("[" + ("^" if negate else "") + "".join(items) + "]")


def _translate(pattern, flags):
    t = _Translator(pattern, flags)
    body = t.translate()
    return body, t.flags, t.enclosing


# ---------------------------------------------------------------------------
# Pattern and Match

class Pattern:
    """A compiled regular expression (made by `re.compile`)."""

    def __init__(self, pattern, flags):
        if not isinstance(pattern, str):
            raise TypeError("first argument must be string or compiled pattern")
        body, allflags, enclosing = _translate(pattern, flags)
        self._enclosing = enclosing
        if not allflags & ASCII:
            allflags |= UNICODE
        try:
            h, groups, groupindex = _cinder_re.compile(body, allflags & (IGNORECASE | MULTILINE | DOTALL))
        except ValueError as e:
            raise error("unsupported pattern: %s" % e, pattern, None) from None
        self._handle = h
        self.pattern = pattern
        self.flags = int(allflags)
        self.groups = groups
        self.groupindex = groupindex

    def __repr__(self):
        s = "re.compile(%r" % (self.pattern,)
        flags = self.flags & ~UNICODE
        if flags:
            s += ", " + _flag_str(flags)
        return s + ")"

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _check(self, string):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object")

    def _run(self, string, pos, endpos, mode):
        self._check(string)
        if endpos is None:
            endpos = len(string)
        spans = _cinder_re.search(self._handle, string, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, spans, pos, endpos)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 2)

    def _scan(self, string, pos=0, endpos=None, limit=0):
        self._check(string)
        if endpos is None:
            endpos = len(string)
        return _cinder_re.scan(self._handle, string, pos, endpos, limit)

    def finditer(self, string, pos=0, endpos=None):
        if endpos is None and isinstance(string, str):
            endpos = len(string)
        for spans in self._scan(string, pos, endpos):
            yield Match(self, string, spans, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        result = []
        g = self.groups
        for sp in self._scan(string, pos, endpos):
            if g == 0:
                result.append(string[sp[0]:sp[1]])
            elif g == 1:
                result.append(string[sp[2]:sp[3]] if sp[2] >= 0 else "")
            else:
                result.append(tuple(string[sp[2 * i]:sp[2 * i + 1]] if sp[2 * i] >= 0 else ""
                                    for i in range(1, g + 1)))
        return result

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        result = []
        last = 0
        for sp in self._scan(string, 0, None, maxsplit):
            result.append(string[last:sp[0]])
            for i in range(1, self.groups + 1):
                result.append(string[sp[2 * i]:sp[2 * i + 1]] if sp[2 * i] >= 0 else None)
            last = sp[1]
        result.append(string[last:])
        return result

    def subn(self, repl, string, count=0):
        self._check(string)
        if callable(repl):
            template = None
        else:
            if not isinstance(repl, str):
                raise TypeError("expected str instance, %s found" % type(repl).__name__)
            template = _parse_template(repl, self)
        parts = []
        last = 0
        n = 0
        for sp in self._scan(string, 0, None, count):
            parts.append(string[last:sp[0]])
            m = Match(self, string, sp, 0, len(string))
            if template is None:
                r = repl(m)
                if r is not None:
                    if not isinstance(r, str):
                        raise TypeError("expected str instance, %s found" % type(r).__name__)
                    parts.append(r)
            else:
                parts.append(_expand_template(template, m))
            last = sp[1]
            n += 1
        parts.append(string[last:])
        return "".join(parts), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError("Pattern.scanner is not supported")


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self._spans = spans
        n = len(string)
        pos = max(0, min(pos, n))
        endpos = max(0, min(endpos, n))
        self.pos = pos
        self.endpos = endpos
        last = None
        lastend = -1
        enclosing = pattern._enclosing
        for i in range(1, pattern.groups + 1):
            s, e = spans[2 * i], spans[2 * i + 1]
            if s < 0 or e < lastend:
                continue
            # The last group to close: the latest end; at a tie, a group
            # encloses the ones inside it and follows its earlier siblings.
            if e == lastend and last in enclosing.get(i, ()):
                continue
            last = i
            lastend = e
        self.lastindex = last
        self.lastgroup = None
        if last is not None:
            for name, idx in pattern.groupindex.items():
                if idx == last:
                    self.lastgroup = name

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return int(g)
        elif isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        else:
            try:
                i = g.__index__()
            except AttributeError:
                pass
            else:
                if 0 <= i <= self.re.groups:
                    return i
        raise IndexError("no such group")

    def _get(self, i, default=None):
        s = self._spans[2 * i]
        if s < 0:
            return default
        return self.string[s:self._spans[2 * i + 1]]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1])
                     for i in range(self.re.groups + 1))

    def expand(self, template):
        return _expand_template(_parse_template(template, self.re), self)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (
            self._spans[0], self._spans[1], self._get(0))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# ---------------------------------------------------------------------------
# Replacement templates

def _parse_template(repl, pattern):
    """A list of literal strings and group numbers."""
    items = []
    lit = []
    i = 0
    n = len(repl)
    while i < n:
        c = repl[i]
        i += 1
        if c != "\\":
            lit.append(c)
            continue
        if i >= n:
            raise error("bad escape (end of pattern)", repl, i - 1)
        c = repl[i]
        start = i - 1
        i += 1
        if c == "g":
            if i >= n or repl[i] != "<":
                raise error("missing <", repl, i)
            j = repl.find(">", i + 1)
            if j < 0:
                raise error("missing >, unterminated name", repl, i + 1)
            name = repl[i + 1:j]
            if not name:
                raise error("missing group name", repl, i + 1)
            if name.isdigit():
                gid = int(name)
                if gid > pattern.groups:
                    raise error("invalid group reference %d" % gid, repl, i + 1)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name %r" % name)
                gid = pattern.groupindex[name]
            else:
                raise error("bad character in group name %r" % name, repl, i + 1)
            i = j + 1
        elif c == "0":
            v = "0"
            while i < n and len(v) < 3 and repl[i] in _OCTDIGITS:
                v += repl[i]
                i += 1
            lit.append(chr(int(v, 8)))
            continue
        elif c in _DIGITS:
            v = c
            if i < n and repl[i] in _DIGITS:
                if (c in _OCTDIGITS and repl[i] in _OCTDIGITS and i + 1 < n
                        and repl[i + 1] in _OCTDIGITS):
                    v = repl[i - 1:i + 2]
                    i += 2
                    o = int(v, 8)
                    if o > 0o377:
                        raise error("octal escape value \\%s outside of range 0-0o377" % v,
                                    repl, start)
                    lit.append(chr(o))
                    continue
                v += repl[i]
                i += 1
            gid = int(v)
            if gid > pattern.groups:
                raise error("invalid group reference %d" % gid, repl, start + 1)
        elif c in _SIMPLE_ESCAPES and c != "b":
            lit.append(_SIMPLE_ESCAPES[c])
            continue
        elif c == "b":
            lit.append("\b")
            continue
        elif c in _ASCII_LETTERS:
            raise error("bad escape \\" + c, repl, start)
        else:
            lit.append("\\" + c)
            continue
        if lit:
            items.append("".join(lit))
            lit = []
        items.append(gid)
    if lit:
        items.append("".join(lit))
    return items


def _expand_template(items, m):
    parts = []
    for it in items:
        if isinstance(it, int):
            s = m._get(it)
            if s is not None:
                parts.append(s)
        else:
            parts.append(it)
    return "".join(parts)


# ---------------------------------------------------------------------------
# Module functions

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | TEMPLATE)


# Characters `escape` backslashes in 3.8.
_special_chars = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    if isinstance(pattern, str):
        return pattern.translate(_special_chars)
    pattern = str(pattern, "latin1")
    return pattern.translate(_special_chars).encode("latin1")
