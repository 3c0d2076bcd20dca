"""Lines of source files, read once and cached (used by traceback and
warnings to show the source line of a frame)."""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "getlines", "updatecache"]

# filename -> (size, mtime, lines, fullname); size and mtime are None for
# entries that must never be invalidated by checkcache.
cache = {}


def getline(filename, lineno, module_globals=None):
    """Line lineno (1-based) of filename with its newline, or '' when
    there is no such line."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getlines(filename, module_globals=None):
    """All the lines of filename (an empty list if it cannot be read)."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop cached files that changed on disk (all, or just filename)."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache[name]
        if len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        try:
            stat = os.stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(name, None)


def _read_lines(fullname):
    with open(fullname, 'rb') as f:
        data = f.read()
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError:
        text = data.decode('latin-1')
    if text.startswith('\ufeff'):
        text = text[1:]
    return text.splitlines(True)


def updatecache(filename, module_globals=None):
    """(Re)read filename into the cache and return its lines.

    A relative name is looked up from the current directory, then in each
    directory of sys.path."""
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    candidates = [filename]
    if not os.path.isabs(filename):
        for dirname in sys.path:
            if isinstance(dirname, str):
                candidates.append(os.path.join(dirname, filename))
    for fullname in candidates:
        try:
            stat = os.stat(fullname)
            lines = _read_lines(fullname)
        except (OSError, UnicodeDecodeError, ValueError):
            continue
        if lines and not lines[-1].endswith('\n'):
            lines[-1] += '\n'
        cache[filename] = stat.st_size, stat.st_mtime, lines, fullname
        return lines
    return []


def lazycache(filename, module_globals):
    """Loader-based lazy loading is not supported: always False."""
    return False
