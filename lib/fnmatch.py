"""Unix shell-style wildcard matching: fnmatch, fnmatchcase, filter,
translate.

Patterns: ``*`` matches anything, ``?`` one character, ``[seq]`` one
character of seq, ``[!seq]`` one character not in seq. Patterns are
translated to regular expressions, cached per pattern.
"""

import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}
_CACHE_LIMIT = 256


def _compile_pattern(pat):
    match = _cache.get((type(pat), pat))
    if match is None:
        if isinstance(pat, bytes):
            res = bytes(translate(str(pat, 'ISO-8859-1')), 'ISO-8859-1')
        else:
            res = translate(pat)
        match = re.compile(res).match
        if len(_cache) >= _CACHE_LIMIT:
            _cache.clear()
        _cache[(type(pat), pat)] = match
    return match


def fnmatch(name, pat):
    """Whether name matches pat, after os.path.normcase of both (a no-op
    on POSIX, where matching is case-sensitive)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """The elements of names that match pat."""
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively and without normcase."""
    return _compile_pattern(pat)(name) is not None


def _escape_set_chars(s):
    # Inside a character class, '&', '~' and '|' are escaped so future set
    # operations in re cannot misread them.
    return ''.join('\\' + c if c in '&~|' else c for c in s)


def translate(pat):
    """The regular expression (a string) equivalent to shell pattern pat."""
    i, n = 0, len(pat)
    res = []
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            res.append('.*')
        elif c == '?':
            res.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                res.append('\\[')
                continue
            stuff = pat[i:j]
            if '--' not in stuff:
                stuff = stuff.replace('\\', r'\\')
            else:
                # Split at the hyphens that form ranges, so that the
                # backslashes and hyphens in between can be escaped.
                chunks = []
                start = i
                k = i + 2 if pat[i] == '!' else i + 1
                while True:
                    k = pat.find('-', k, j)
                    if k < 0:
                        break
                    chunks.append(pat[start:k])
                    start = k + 1
                    k = k + 3
                chunks.append(pat[start:j])
                stuff = '-'.join(s.replace('\\', r'\\').replace('-', r'\-')
                                 for s in chunks)
            stuff = _escape_set_chars(stuff)
            i = j + 1
            if stuff[0] == '!':
                stuff = '^' + stuff[1:]
            elif stuff[0] in ('^', '['):
                stuff = '\\' + stuff
            res.append('[%s]' % stuff)
        else:
            res.append(re.escape(c))
    return r'(?s:%s)\Z' % ''.join(res)
