"""Helpers for finding and creating modules: find_spec, module_from_spec,
spec_from_file_location, resolve_name."""

import sys

from importlib import _resolve_name
from importlib.machinery import (BuiltinImporter, ModuleSpec, PathFinder,
                                 SourceFileLoader)

__all__ = ['find_spec', 'module_from_spec', 'resolve_name', 'spec_from_file_location',
           'spec_from_loader']

_POPULATE = object()

_ModuleType = type(sys)


def _is_module(obj):
    return isinstance(obj, _ModuleType)


def resolve_name(name, package):
    """The absolute module name for a possibly relative `name`."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ValueError('no package specified for {!r} (required for relative '
                         'module names)'.format(name))
    level = len(name) - len(name.lstrip('.'))
    return _resolve_name(name[level:], package, level)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a module loaded by `loader`."""
    if hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader,
                                       submodule_search_locations=search)
    if is_package is None:
        is_package = loader.is_package(name) if hasattr(loader, 'is_package') else False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """A spec for a module loaded from the file `location`."""
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            location = loader.get_filename(name)
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if submodule_search_locations is _POPULATE:
        is_package = getattr(loader, 'is_package', None)
        if is_package is not None and is_package(name):
            spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        directory = location.replace('\\', '/').rpartition('/')[0]
        if directory:
            spec.submodule_search_locations.append(directory)
    return spec


def _spec_of_loaded(module):
    """The spec of an already imported module, made from its attributes when
    the runtime did not record one."""
    spec = getattr(module, '__spec__', None)
    if spec is not None:
        return spec
    name = module.__name__
    filename = getattr(module, '__file__', None)
    path = getattr(module, '__path__', None)
    if filename is not None:
        return spec_from_file_location(
            name, filename,
            submodule_search_locations=list(path) if path is not None else None)
    if name in sys.builtin_module_names:
        return ModuleSpec(name, BuiltinImporter, origin='built-in')
    spec = ModuleSpec(name, None, is_package=path is not None)
    if path is not None:
        spec.submodule_search_locations = list(path)
    return spec


def _find_spec_nocache(name, path):
    """Search for `name` as the import statement would (ignoring sys.modules)."""
    for finder in getattr(sys, 'meta_path', ()):
        find = getattr(finder, 'find_spec', None)
        if find is not None:
            spec = find(name, path)
            if spec is not None:
                return spec
    if path is None and name in sys.builtin_module_names:
        return BuiltinImporter.find_spec(name)
    return PathFinder.find_spec(name, path)


def find_spec(name, package=None):
    """The spec of the module `name` (relative to `package` when it starts
    with a dot), or None when it cannot be found. The parent package of a
    dotted name is imported."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        return _spec_of_loaded(module)
    parent_name = fullname.rpartition('.')[0]
    path = None
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        try:
            path = parent.__path__
        except AttributeError:
            raise ModuleNotFoundError(
                '__path__ attribute not found on {!r} while trying to find {!r}'
                .format(parent_name, fullname))
    return _find_spec_nocache(fullname, path)


def _init_module_attrs(spec, module):
    """Set a module's import-related attributes from its spec."""
    module.__name__ = spec.name
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    module.__spec__ = spec
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin


def module_from_spec(spec):
    """A new module for `spec` (not executed and not added to sys.modules)."""
    module = None
    create = getattr(spec.loader, 'create_module', None)
    if create is not None:
        module = create(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define '
                          'create_module()')
    if module is None:
        module = _ModuleType(spec.name)
    _init_module_attrs(spec, module)
    return module


def source_hash(source_bytes):
    raise NotImplementedError('source_hash is not supported by this runtime')


MAGIC_NUMBER = b'U\r\r\n'
