"""Abstract base classes of the import system's finders and loaders."""

import abc


class Finder(metaclass=abc.ABCMeta):
    """Legacy finder base."""


class MetaPathFinder(Finder):
    """A finder for sys.meta_path."""

    def invalidate_caches(self):
        pass


class PathEntryFinder(Finder):
    """A finder for one sys.path entry."""

    def invalidate_caches(self):
        pass


class Loader(metaclass=abc.ABCMeta):
    """Loads modules."""

    def create_module(self, spec):
        return None

    def load_module(self, fullname):
        raise ImportError


class ResourceLoader(Loader):
    @abc.abstractmethod
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    def is_package(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        return compile(source, '<string>', 'exec', dont_inherit=True)

    @abc.abstractmethod
    def get_source(self, fullname):
        raise ImportError

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError('cannot load module {!r} when get_code() '
                              'returns None'.format(module.__name__))
        exec(code, module.__dict__)


class ExecutionLoader(InspectLoader):
    @abc.abstractmethod
    def get_filename(self, fullname):
        raise ImportError


class FileLoader(ResourceLoader, ExecutionLoader):
    pass


class SourceLoader(ResourceLoader, ExecutionLoader):
    pass
