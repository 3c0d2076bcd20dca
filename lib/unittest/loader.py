"""Loading unittests (Cinder's own implementation)."""

import sys
from . import case, suite

__unittest = True

_ModuleType = type(sys)


class TestLoader(object):
    """Creates test suites from classes and modules."""

    testMethodPrefix = 'test'
    suiteClass = suite.TestSuite
    testNamePatterns = None

    def __init__(self):
        self.errors = []

    @staticmethod
    def sortTestMethodsUsing(x, y):
        return (x > y) - (x < y)

    def loadTestsFromTestCase(self, testCaseClass):
        """Return a suite of all test cases contained in testCaseClass"""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from "
                            "TestSuite. Maybe you meant to derive from "
                            "TestCase?")
        testCaseNames = self.getTestCaseNames(testCaseClass)
        if not testCaseNames and hasattr(testCaseClass, 'runTest'):
            testCaseNames = ['runTest']
        return self.suiteClass([testCaseClass(n) for n in testCaseNames])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        """Return a suite of all test cases contained in the given module"""
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, case.TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        """Return a suite of all test cases given a string specifier
        (``Class``, ``Class.test_method``, ``module.Class``...)."""
        parts = name.split('.')
        if module is None:
            parts_copy = parts[:]
            while parts_copy:
                try:
                    module_name = '.'.join(parts_copy)
                    module = __import__(module_name)
                    for part in parts_copy[1:]:
                        module = getattr(module, part)
                    break
                except ImportError:
                    del parts_copy[-1]
                    if not parts_copy:
                        raise
            parts = parts[len(parts_copy):]
        obj = module
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)

        if isinstance(obj, _ModuleType):
            return self.loadTestsFromModule(obj)
        elif isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        elif (callable(obj) and not isinstance(obj, type) and
              isinstance(parent, type) and issubclass(parent, case.TestCase)):
            name = parts[-1]
            inst = parent(name)
            return self.suiteClass([inst])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, suite.TestSuite):
                return test
            elif isinstance(test, case.TestCase):
                return self.suiteClass([test])
            else:
                raise TypeError("calling %s returned %s, not a test" %
                                (obj, test))
        else:
            raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        """Return a suite of all test cases found using the given sequence
        of string specifiers."""
        suites = [self.loadTestsFromName(name, module) for name in names]
        return self.suiteClass(suites)

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """Find and load the tests of every module under start_dir whose file
        name matches pattern (recursing into packages)."""
        import os
        import sys
        from fnmatch import fnmatch
        start_dir = os.path.abspath(start_dir)
        if top_level_dir is None:
            top_level_dir = start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        if not os.path.isdir(start_dir):
            raise ImportError('Start directory is not importable: %r' % start_dir)
        tests = []
        self._discover_in(start_dir, pattern, top_level_dir, tests)
        return self.suiteClass(tests)

    def _discover_in(self, path, pattern, top, tests):
        import os
        from fnmatch import fnmatch
        for name in sorted(os.listdir(path)):
            full = os.path.join(path, name)
            if os.path.isfile(full):
                if not name.endswith('.py') or not fnmatch(name, pattern):
                    continue
                rel = os.path.relpath(full, top)[:-3]
                modname = rel.replace(os.sep, '.')
                if not modname.replace('.', '').replace('_', '').isalnum():
                    continue
                __import__(modname)
                import sys
                tests.append(self.loadTestsFromModule(sys.modules[modname]))
            elif os.path.isdir(full) and os.path.isfile(os.path.join(full, '__init__.py')):
                self._discover_in(full, pattern, top, tests)

    def getTestCaseNames(self, testCaseClass):
        """Return a sorted sequence of method names found within
        testCaseClass"""
        prefix = self.testMethodPrefix

        def shouldIncludeMethod(attrname):
            if not attrname.startswith(prefix):
                return False
            testFunc = getattr(testCaseClass, attrname)
            return callable(testFunc)

        testFnNames = [n for n in dir(testCaseClass) if shouldIncludeMethod(n)]
        cmp = self.sortTestMethodsUsing
        if cmp is not None:
            _sort_with_cmp(testFnNames, cmp)
        return testFnNames


def _sort_with_cmp(items, cmp):
    # insertion sort driven by an old-style comparison function
    for i in range(1, len(items)):
        item = items[i]
        j = i - 1
        while j >= 0 and cmp(items[j], item) > 0:
            items[j + 1] = items[j]
            j -= 1
        items[j + 1] = item


defaultTestLoader = TestLoader()


def getTestCaseNames(testCaseClass, prefix, sortUsing=None):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    if sortUsing is not None:
        loader.sortTestMethodsUsing = sortUsing
    return loader.getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', suiteClass=suite.TestSuite):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.suiteClass = suiteClass
    return loader.loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', suiteClass=suite.TestSuite):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.suiteClass = suiteClass
    return loader.loadTestsFromModule(module)
