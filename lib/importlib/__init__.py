"""The import system seen from Python: import_module, reload and friends.

The runtime's own import statement finds modules itself (native modules
first, then ``<dir>/name/__init__.py`` or ``<dir>/name.py`` on ``sys.path``
or the parent package's ``__path__``); the functions here follow the same
rules.
"""

import sys

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

__import__ = __import__


def _resolve_name(name, package, level):
    """The absolute name for a relative `name` with `level` leading dots
    relative to `package`."""
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ValueError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def _absolute_name(name, package):
    """Resolve a possibly relative module name (as import_module does)."""
    if not isinstance(name, str):
        raise TypeError('module name must be str, not {}'.format(type(name).__name__))
    if not name.startswith('.'):
        if not name:
            raise ValueError('Empty module name')
        return name
    if not package:
        raise TypeError("the 'package' argument is required to perform a "
                        "relative import for {!r}".format(name))
    if not isinstance(package, str):
        raise TypeError('__package__ not set to a string')
    level = len(name) - len(name.lstrip('.'))
    return _resolve_name(name[level:], package, level)


def import_module(name, package=None):
    """Import a module by name and return it (the module itself, not the
    top-level package as ``__import__`` does). A name starting with dots is
    relative to `package`."""
    absname = _absolute_name(name, package)
    module = sys.modules.get(absname)
    if module is not None:
        return module
    __import__(absname)
    return sys.modules[absname]


def invalidate_caches():
    """Clear the finders' caches. The runtime looks at the file system on
    every import, so only finders registered in sys.meta_path matter."""
    for finder in getattr(sys, 'meta_path', ()):
        method = getattr(finder, 'invalidate_caches', None)
        if method is not None:
            method()


def reload(module):
    """Run the module's source again in its existing namespace and return
    the module now in sys.modules under its name."""
    from importlib import util as _util
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError('reload() argument must be a module')
    else:
        if name is None:
            name = module.__name__
    if not isinstance(name, str) or not _util._is_module(module):
        raise TypeError('reload() argument must be a module')
    if sys.modules.get(name) is not module:
        raise ImportError('module {} not in sys.modules'.format(name))
    parent_name = name.rpartition('.')[0]
    path = None
    if parent_name:
        parent = sys.modules.get(parent_name)
        if parent is None:
            raise ImportError('parent {!r} not in sys.modules'.format(parent_name))
        path = parent.__path__
    spec = _util._find_spec_nocache(name, path)
    if spec is None:
        raise ModuleNotFoundError('spec not found for the module {!r}'.format(name))
    _util._init_module_attrs(spec, module)
    if spec.loader is not None and hasattr(spec.loader, 'exec_module'):
        spec.loader.exec_module(module)
    return sys.modules[name]
