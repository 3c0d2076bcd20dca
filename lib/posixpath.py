"""Operations on POSIX path names (imported as ``os.path``).

Every function accepts str or bytes (and os.PathLike objects) and returns
the same kind it was given; str and bytes may not be mixed.
"""

import os
import posix as _posix

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext',
           'basename', 'dirname', 'commonprefix', 'getsize', 'getmtime',
           'getatime', 'getctime', 'islink', 'exists', 'lexists', 'isdir',
           'isfile', 'ismount', 'expanduser', 'expandvars', 'normpath',
           'abspath', 'samefile', 'samestat', 'curdir',
           'pardir', 'sep', 'pathsep', 'defpath', 'altsep', 'extsep',
           'devnull', 'realpath', 'supports_unicode_filenames', 'relpath',
           'commonpath']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _fs(p):
    """The str or bytes behind a path argument."""
    if isinstance(p, (str, bytes)):
        return p
    return os.fspath(p)


def _consts(p):
    """(sep, curdir, pardir, empty) of the kind of ``p``."""
    if isinstance(p, bytes):
        return b'/', b'.', b'..', b''
    return '/', '.', '..', ''


def _kinds_check(func, *args):
    has_str = has_bytes = False
    for a in args:
        if isinstance(a, str):
            has_str = True
        elif isinstance(a, bytes):
            has_bytes = True
        else:
            raise TypeError('%s() argument must be str or bytes, not %r'
                            % (func, type(a).__name__))
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components")


def normcase(s):
    return _fs(s)


def isabs(s):
    s = _fs(s)
    return s.startswith(_consts(s)[0])


def join(a, *p):
    a = _fs(a)
    parts = [_fs(x) for x in p]
    slash = _consts(a)[0]
    try:
        result = a
        for b in parts:
            if b.startswith(slash):
                result = b
            elif not result or result.endswith(slash):
                result = result + b
            else:
                result = result + slash + b
    except (TypeError, AttributeError, BytesWarning):
        _kinds_check('join', a, *parts)
        raise
    return result


def splitdrive(p):
    p = _fs(p)
    return p[:0], p


def split(p):
    p = _fs(p)
    slash = _consts(p)[0]
    cut = p.rfind(slash) + 1
    head, tail = p[:cut], p[cut:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    p = _fs(p)
    if isinstance(p, bytes):
        slash, dot = b'/', b'.'
    else:
        slash, dot = '/', '.'
    last_sep = p.rfind(slash)
    last_dot = p.rfind(dot)
    if last_dot > last_sep:
        # A name made only of leading dots (".bashrc", "..") has no extension.
        k = last_sep + 1
        while k < last_dot:
            if p[k:k + 1] != dot:
                return p[:last_dot], p[last_dot:]
            k += 1
    return p, p[:0]


def basename(p):
    p = _fs(p)
    return p[p.rfind(_consts(p)[0]) + 1:]


def dirname(p):
    p = _fs(p)
    slash = _consts(p)[0]
    head = p[:p.rfind(slash) + 1]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head


def normpath(path):
    path = _fs(path)
    slash, dot, dotdot, empty = _consts(path)
    if path == empty:
        return dot
    lead = 0
    if path.startswith(slash):
        lead = 1
        # POSIX leaves the meaning of exactly two leading slashes open.
        if path.startswith(slash * 2) and not path.startswith(slash * 3):
            lead = 2
    out = []
    for part in path.split(slash):
        if part == empty or part == dot:
            continue
        if part == dotdot:
            if out and out[-1] != dotdot:
                out.pop()
                continue
            if lead:
                continue
        out.append(part)
    result = slash * lead + slash.join(out)
    return result or dot


def abspath(path):
    path = _fs(path)
    if not isabs(path):
        cwd = _posix.getcwdb() if isinstance(path, bytes) else _posix.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename):
    filename = _fs(filename)
    slash = _consts(filename)[0]
    if isabs(filename):
        base = slash
    else:
        base = _posix.getcwdb() if isinstance(filename, bytes) else _posix.getcwd()
    path, ok = _resolve(base, filename.split(slash), {})
    return abspath(path)


def _resolve(done, parts, seen):
    """``done`` joined with ``parts``, resolving symbolic links: (path, ok);
    on a link loop the rest of the path is kept as it is and ok is False."""
    slash, dot, dotdot, empty = _consts(done)
    pending = [p for p in parts if p]
    pending.reverse()
    while pending:
        name = pending.pop()
        if name == dot:
            continue
        if name == dotdot:
            done = dirname(done)
            continue
        candidate = join(done, name)
        try:
            st = _posix.lstat(candidate)
        except OSError:
            done = candidate
            continue
        if st.st_mode & _S_IFMT != _S_IFLNK:
            done = candidate
            continue
        if candidate in seen:
            known = seen[candidate]
            if known is None:
                return join(candidate, *reversed(pending)), False
            done = known
            continue
        seen[candidate] = None
        target = _posix.readlink(candidate)
        start = slash if isabs(target) else done
        sub, ok = _resolve(start, target.split(slash), seen)
        if not ok:
            return join(sub, *reversed(pending)), False
        seen[candidate] = sub
        done = sub
    return done, True


def relpath(path, start=None):
    if not path:
        raise ValueError('no path specified')
    path = _fs(path)
    slash, dot, dotdot, empty = _consts(path)
    if start is None:
        start = dot
    else:
        start = _fs(start)
    try:
        start_parts = [x for x in abspath(start).split(slash) if x]
        path_parts = [x for x in abspath(path).split(slash) if x]
        n = len(commonprefix([start_parts, path_parts]))
        parts = [dotdot] * (len(start_parts) - n) + path_parts[n:]
        if not parts:
            return dot
        return join(*parts)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _kinds_check('relpath', path, start)
        raise


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fs, m))
    lo = min(m)
    hi = max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fs, paths))
    slash, dot, dotdot, empty = _consts(paths[0])
    try:
        split_paths = [p.split(slash) for p in paths]
        try:
            (absolute,) = set(p[:1] == slash for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != dot] for s in split_paths]
        lo = min(split_paths)
        hi = max(split_paths)
        common = lo
        for i, c in enumerate(lo):
            if c != hi[i]:
                common = lo[:i]
                break
        return (slash if absolute else empty) + slash.join(common)
    except (TypeError, AttributeError):
        _kinds_check('commonpath', *paths)
        raise


def _passwd_home(name=None, uid=None):
    """The home directory of a user from /etc/passwd, or None."""
    try:
        with open('/etc/passwd') as f:
            lines = f.read().split('\n')
    except OSError:
        return None
    for line in lines:
        fields = line.split(':')
        if len(fields) < 7:
            continue
        if name is not None and fields[0] == name:
            return fields[5]
        if uid is not None and fields[2] == str(uid):
            return fields[5]
    return None


def expanduser(path):
    path = _fs(path)
    is_bytes = isinstance(path, bytes)
    tilde = b'~' if is_bytes else '~'
    slash = _consts(path)[0]
    if not path.startswith(tilde):
        return path
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        if 'HOME' in os.environ:
            home = os.environ['HOME']
        else:
            home = _passwd_home(uid=_posix.getuid())
            if home is None:
                return path
    else:
        name = path[1:i]
        if is_bytes:
            name = name.decode('utf-8', 'surrogateescape')
        home = _passwd_home(name=name)
        if home is None:
            return path
    if is_bytes:
        home = os.fsencode(home)
    home = home.rstrip(slash)
    return (home + path[i:]) or slash


def _is_word(c):
    return ('a' <= c <= 'z') or ('A' <= c <= 'Z') or ('0' <= c <= '9') or c == '_'


def _next_var(path, pos):
    """(start, end, name) of the next $name or ${name} at or after pos."""
    while True:
        start = path.find('$', pos)
        if start < 0:
            return None
        k = start + 1
        if path[k:k + 1] == '{':
            close = path.find('}', k + 1)
            if close >= 0:
                return start, close + 1, path[k + 1:close]
        else:
            e = k
            while e < len(path) and _is_word(path[e]):
                e += 1
            if e > k:
                return start, e, path[k:e]
        pos = start + 1


def expandvars(path):
    path = _fs(path)
    is_bytes = isinstance(path, bytes)
    if is_bytes:
        if b'$' not in path:
            return path
        text = path.decode('latin-1')
    else:
        if '$' not in path:
            return path
        text = path
    pos = 0
    while True:
        m = _next_var(text, pos)
        if m is None:
            break
        start, end, name = m
        if is_bytes:
            name = name.encode('latin-1').decode('utf-8', 'surrogateescape')
        if name in os.environ:
            value = os.environ[name]
            if is_bytes:
                value = os.fsencode(value).decode('latin-1')
            tail = text[end:]
            text = text[:start] + value
            pos = len(text)
            text += tail
        else:
            pos = end
    if is_bytes:
        return text.encode('latin-1')
    return text


def exists(path):
    try:
        _posix.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        _posix.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode_is(path, kind, follow=True):
    try:
        st = _posix.stat(path) if follow else _posix.lstat(path)
    except (OSError, ValueError):
        return False
    return st.st_mode & _S_IFMT == kind


def isfile(path):
    return _mode_is(path, _S_IFREG)


def isdir(s):
    return _mode_is(s, _S_IFDIR)


def islink(path):
    return _mode_is(path, _S_IFLNK, False)


def ismount(path):
    try:
        st = _posix.lstat(path)
    except (OSError, ValueError):
        return False
    if st.st_mode & _S_IFMT == _S_IFLNK:
        return False
    path = _fs(path)
    parent = join(path, _consts(path)[2])
    try:
        st2 = _posix.lstat(parent)
    except (OSError, ValueError):
        return False
    if st.st_dev != st2.st_dev:
        return True
    return st.st_ino == st2.st_ino


def getsize(filename):
    return _posix.stat(filename).st_size


def getmtime(filename):
    return _posix.stat(filename).st_mtime


def getatime(filename):
    return _posix.stat(filename).st_atime


def getctime(filename):
    return _posix.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(_posix.stat(f1), _posix.stat(f2))

