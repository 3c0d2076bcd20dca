"""Helpers shared by the unittest package (Cinder's own implementation)."""

__unittest = True

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - \
    (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN + _MIN_END_LEN)


def safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _shorten(s, prefixlen, suffixlen):
    skip = len(s) - prefixlen - suffixlen
    if skip > _PLACEHOLDER_LEN:
        s = '%s[%d chars]%s' % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def _commonprefix(strings):
    if not strings:
        return ''
    s1 = min(strings)
    s2 = max(strings)
    for i in range(len(s1)):
        if s1[i] != s2[i]:
            return s1[:i]
    return s1


def _common_shorten_repr(*args):
    args = tuple([safe_repr(a) for a in args])
    maxlen = max([len(a) for a in args])
    if maxlen <= _MAX_LENGTH:
        return args
    prefix = _commonprefix(args)
    prefixlen = len(prefix)
    common_len = _MAX_LENGTH - \
        (maxlen - prefixlen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return tuple([prefix + s[prefixlen:] for s in args])
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple([prefix + _shorten(s[prefixlen:], _MIN_DIFF_LEN, _MIN_END_LEN)
                  for s in args])


def _count_diff_all_purpose(actual, expected):
    """Return list of (cnt_act, cnt_exp, elem) triples where counts differ."""
    s, t = list(actual), list(expected)
    m, n = len(s), len(t)
    NULL = object()
    result = []
    for i, elem in enumerate(s):
        if elem is NULL:
            continue
        cnt_s = cnt_t = 0
        for j in range(i, m):
            if s[j] == elem:
                cnt_s += 1
                s[j] = NULL
        for j, other_elem in enumerate(t):
            if other_elem == elem:
                cnt_t += 1
                t[j] = NULL
        if cnt_s != cnt_t:
            result.append((cnt_s, cnt_t, elem))
    for i, elem in enumerate(t):
        if elem is NULL:
            continue
        cnt_t = 0
        for j in range(i, n):
            if t[j] == elem:
                cnt_t += 1
                t[j] = NULL
        result.append((0, cnt_t, elem))
    return result


def _counts(iterable):
    c = {}
    for elem in iterable:
        c[elem] = c.get(elem, 0) + 1
    return c


def _count_diff_hashable(actual, expected):
    """Return list of (cnt_act, cnt_exp, elem) triples where counts differ."""
    s, t = _counts(actual), _counts(expected)
    result = []
    for elem, cnt_s in s.items():
        cnt_t = t.get(elem, 0)
        if cnt_s != cnt_t:
            result.append((cnt_s, cnt_t, elem))
    for elem, cnt_t in t.items():
        if elem not in s:
            result.append((0, cnt_t, elem))
    return result


def _exc_type_name(etype):
    stype = etype.__qualname__
    smod = etype.__module__
    if smod not in ("__main__", "builtins"):
        stype = smod + '.' + stype
    return stype


def _format_exception_only(etype, value):
    stype = _exc_type_name(etype)
    if value is None:
        return stype + '\n'
    try:
        text = str(value)
    except Exception:
        text = '<unprintable %s object>' % type(value).__name__
    if not text:
        return stype + '\n'
    return '%s: %s\n' % (stype, text)


def _tb_entries(tb):
    entries = []
    while tb is not None:
        entries.append(tb.tb_lineno)
        tb = tb.tb_next
    return entries


def capture_stack(skip=1):
    """Return [(filename, name, is_unittest)] for the calling stack,
    innermost first, starting ``skip`` frames above this function."""
    import sys
    stack = []
    try:
        frame = sys._getframe(skip)
    except Exception:
        return None
    while frame is not None:
        code = frame.f_code
        stack.append((code.co_filename, code.co_name,
                      '__unittest' in frame.f_globals))
        frame = frame.f_back
    return stack


def format_tb_lines(tb, first_code=None, skip_first=False, stack=None,
                    hide_unittest_tail=False):
    """Format traceback entries.

    The runtime's traceback objects only carry ``tb_lineno`` and
    ``tb_next``.  File and function names come from ``first_code`` (the
    code object of the first frame shown) and from ``stack`` (frames
    recorded when a unittest assertion raised); other frames are shown as
    ``<unknown>``.  Source lines cannot be shown (no file access)."""
    linenos = _tb_entries(tb)
    if skip_first and linenos:
        linenos = linenos[1:]
    infos = [None] * len(linenos)
    if first_code is not None and linenos:
        infos[0] = (first_code.co_filename, first_code.co_name, False)
    if stack is not None:
        k = min(len(stack), len(linenos))
        for i in range(k):
            infos[len(linenos) - 1 - i] = stack[i]
    if hide_unittest_tail:
        while len(infos) > 1 and infos[-1] is not None and infos[-1][2]:
            infos.pop()
            linenos.pop()
    lines = []
    for lineno, info in zip(linenos, infos):
        if info is None:
            lines.append('  File "<unknown>", line %d, in <unknown>\n' % lineno)
        else:
            lines.append('  File "%s", line %d, in %s\n'
                         % (info[0], lineno, info[1]))
    return lines


def format_exception(etype, value, tb, first_code=None, skip_first=False,
                     hide_unittest_tail=False, _seen=None):
    if _seen is None:
        _seen = set()
    _seen.add(id(value))
    out = []
    if value is not None:
        cause = getattr(value, '__cause__', None)
        context = getattr(value, '__context__', None)
        if cause is not None and id(cause) not in _seen:
            out.extend(format_exception(type(cause), cause,
                                        cause.__traceback__, _seen=_seen))
            out.append('\nThe above exception was the direct cause of the '
                       'following exception:\n\n')
        elif (context is not None and id(context) not in _seen and
              not getattr(value, '__suppress_context__', False)):
            out.extend(format_exception(type(context), context,
                                        context.__traceback__, _seen=_seen))
            out.append('\nDuring handling of the above exception, another '
                       'exception occurred:\n\n')
    if tb is not None:
        stack = getattr(value, '_unittest_stack', None)
        lines = format_tb_lines(tb, first_code, skip_first, stack,
                                hide_unittest_tail)
        if lines:
            out.append('Traceback (most recent call last):\n')
            out.extend(lines)
    out.append(_format_exception_only(etype, value))
    return out
