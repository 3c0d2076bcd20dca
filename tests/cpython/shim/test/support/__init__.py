"""A small `test.support` for running CPython's own `Lib/test` files under cinder.

CPython's `test.support` is large and leans on threads, subprocesses and interpreter
internals. The test files listed in `cli/tests/cpython_lib_tests.rs` use only a handful of
its helpers; this module provides those (add more as files are added), each written to the
behaviour its documentation and callers expect. A helper that needs something cinder lacks
skips the test (`unittest.SkipTest`) instead of faking a pass.
"""

import functools
import gc
import os
import sys
import unittest

__all__ = [
    "verbose", "TestFailed", "TESTFN", "unlink", "run_unittest", "cpython_only",
    "check_impl_detail", "check_syntax_error", "gc_collect", "no_tracing",
    "catch_unraisable_exception",
]

verbose = 1


class Error(Exception):
    """Base class for errors raised by this module."""


class TestFailed(Error):
    """A test failed (raised by tests written without unittest's asserts)."""


# A file name unique to this process, in the current directory (the runner's temp dir).
TESTFN = "@test_{}_tmp".format(os.getpid())


def unlink(filename):
    """Removes `filename`, ignoring that it may not exist."""
    try:
        os.remove(filename)
    except (FileNotFoundError, NotADirectoryError):
        pass


def _implementation_is(name):
    return sys.implementation.name == name


def check_impl_detail(**guards):
    """Whether the running implementation is among `guards` (e.g. `cpython=True`).

    With only false guards, true for every implementation not named; with none, CPython.
    """
    if not guards:
        guards = {"cpython": True}
    wanted = [name for name, on in guards.items() if on]
    if wanted:
        return any(_implementation_is(name) for name in wanted)
    return not any(_implementation_is(name) for name in guards)


def cpython_only(test):
    """Skips `test` (a function or a class) unless running on CPython."""
    return unittest.skipUnless(
        check_impl_detail(cpython=True), "CPython implementation detail")(test)


def _collect_tests(classes):
    suite = unittest.TestSuite()
    loader = unittest.TestLoader()
    for item in classes:
        if isinstance(item, str):
            module = sys.modules[item]
            suite.addTest(loader.loadTestsFromModule(module))
        elif isinstance(item, (unittest.TestSuite, unittest.TestCase)):
            suite.addTest(item)
        else:
            suite.addTest(loader.loadTestsFromTestCase(item))
    return suite


def run_unittest(*classes):
    """Runs the tests of `classes` (TestCase classes, suites or module names).

    Raises `TestFailed` when any fails, as the old-style `test_main` functions expect.
    """
    suite = _collect_tests(classes)
    result = unittest.TextTestRunner(stream=sys.stdout, verbosity=2).run(suite)
    if not result.wasSuccessful():
        raise TestFailed("{} failures, {} errors".format(
            len(result.failures), len(result.errors)))


def check_syntax_error(testcase, statement, errtext="", *, lineno=None, offset=None):
    """Asserts that compiling `statement` raises SyntaxError matching `errtext` (a regex)."""
    with testcase.assertRaisesRegex(SyntaxError, errtext) as cm:
        compile(statement, "<test string>", "exec")
    err = cm.exception
    testcase.assertIsNotNone(err.lineno)
    if lineno is not None:
        testcase.assertEqual(err.lineno, lineno)
    testcase.assertIsNotNone(err.offset)
    if offset is not None:
        testcase.assertEqual(err.offset, offset)


def gc_collect():
    """Runs the cycle collector a few times: finalizers run by one pass may free more."""
    gc.collect()
    gc.collect()
    gc.collect()


def no_tracing(func):
    """Runs `func` with any tracing function removed (cinder has none: a plain call)."""
    gettrace = getattr(sys, "gettrace", None)
    settrace = getattr(sys, "settrace", None)
    if gettrace is None or settrace is None:
        return func

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        original = gettrace()
        try:
            settrace(None)
            return func(*args, **kwargs)
        finally:
            settrace(original)
    return wrapper


class catch_unraisable_exception:
    """Catches what `sys.unraisablehook` receives in the block, as `cm.unraisable`."""

    def __init__(self):
        self.unraisable = None
        self._old_hook = None

    def _hook(self, unraisable):
        self.unraisable = unraisable

    def __enter__(self):
        if not hasattr(sys, "unraisablehook"):
            raise unittest.SkipTest("sys.unraisablehook is not available")
        self._old_hook = sys.unraisablehook
        sys.unraisablehook = self._hook
        return self

    def __exit__(self, *exc_info):
        sys.unraisablehook = self._old_hook
        self.unraisable = None
