"""Loaders, finders and module specs for the runtime's import rules."""

import sys

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = []
DEBUG_BYTECODE_SUFFIXES = []
OPTIMIZED_BYTECODE_SUFFIXES = []
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """What the import system knows about a module before loading it."""

    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self._set_fileattr = False

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)

    def __repr__(self):
        args = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'.format(
                self.submodule_search_locations))
        return '{}({})'.format(type(self).__name__, ', '.join(args))

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader and
                self.origin == other.origin and
                self.submodule_search_locations == other.submodule_search_locations and
                self.cached == other.cached and
                self.has_location == other.has_location)

    __hash__ = None


class BuiltinImporter:
    """Finds and loads the modules built into the runtime."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or fullname not in sys.builtin_module_names:
            return None
        return ModuleSpec(fullname, cls, origin='built-in')

    @classmethod
    def create_module(cls, spec):
        if spec.name not in sys.builtin_module_names:
            raise ImportError('{!r} is not a built-in module'.format(spec.name))
        module = sys.modules.get(spec.name)
        if module is None:
            __import__(spec.name)
            module = sys.modules[spec.name]
        return module

    @classmethod
    def exec_module(cls, module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


class SourceFileLoader:
    """Loads a module from a Python source file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (type(self) is type(other) and self.name == other.name and
                self.path == other.path)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def __repr__(self):
        return '<{} object for {!r}>'.format(type(self).__name__, self.name)

    def get_filename(self, fullname=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, fullname=None):
        return self.get_data(self.path).decode('utf-8')

    def is_package(self, fullname=None):
        filename = self.path.replace('\\', '/').rpartition('/')[2]
        return filename.rpartition('.')[0] == '__init__'

    def get_code(self, fullname=None):
        return compile(self.get_source(fullname), self.path, 'exec',
                       dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        exec(code, module.__dict__)

    def load_module(self, fullname=None):
        from importlib import util
        name = self.name if fullname is None else fullname
        spec = util.spec_from_file_location(name, self.path, loader=self)
        module = sys.modules.get(name)
        if module is None:
            module = util.module_from_spec(spec)
            sys.modules[name] = module
        try:
            self.exec_module(module)
        except BaseException:
            if sys.modules.get(name) is module:
                del sys.modules[name]
            raise
        return sys.modules[name]


class PathFinder:
    """Finds modules as source files in directories (sys.path, or a
    package's __path__)."""

    @classmethod
    def invalidate_caches(cls):
        pass

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import os
        from importlib import util
        if path is None:
            path = sys.path
        leaf = fullname.rpartition('.')[2]
        namespace = []
        for entry in path:
            if not isinstance(entry, str):
                continue
            base = entry or '.'
            pkgdir = os.path.join(base, leaf)
            init = os.path.join(pkgdir, '__init__.py')
            if os.path.isfile(init):
                return util.spec_from_file_location(
                    fullname, init, submodule_search_locations=[pkgdir])
            source = os.path.join(base, leaf + '.py')
            if os.path.isfile(source):
                return util.spec_from_file_location(fullname, source)
            if os.path.isdir(pkgdir):
                namespace.append(pkgdir)
        if namespace:
            spec = ModuleSpec(fullname, None, is_package=True)
            spec.submodule_search_locations = namespace
            return spec
        return None


FileFinder = PathFinder
