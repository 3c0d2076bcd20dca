"""Runs one CPython `Lib/test` module under cinder and records the outcome of every test.

Usage: cinder run_test_file.py MODULE RESULTS

MODULE is a dotted module name importable from the current directory (`test.test_int`).
Each outcome is appended to RESULTS as it happens, one `STATUS TEST_ID` line (`ok`, `fail`,
`error`, `skip`, `xfail`, `xpass`), after a `start TEST_ID` line written before the test runs,
so a crash or a hang still leaves the finished results and names the test it stopped in.
Human-readable progress goes to stderr. `import-error` is written when MODULE fails to import.
Exit status: 0 when every test passed or skipped, 1 otherwise, 3 on an import error.
"""

import importlib
import random
import sys
import traceback
import unittest


RANDOM_SEED = 20260101


class RecordingResult(unittest.TextTestResult):
    """A verbose text result that also appends each outcome to a file."""

    def __init__(self, log, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self._log = log
        # Subtest failures are reported before the test itself ends; remember them so
        # the test is not recorded as passing afterwards.
        self._failed_ids = set()

    def _write(self, status, test):
        self._log.write("{} {}\n".format(status, test.id()))
        self._log.flush()

    def startTest(self, test):
        self._write("start", test)
        super().startTest(test)

    def addSuccess(self, test):
        super().addSuccess(test)
        if test.id() not in self._failed_ids:
            self._write("ok", test)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._failed_ids.add(test.id())
        self._write("fail", test)

    def addError(self, test, err):
        super().addError(test, err)
        self._failed_ids.add(test.id())
        self._write("error", test)

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None and test.id() not in self._failed_ids:
            self._failed_ids.add(test.id())
            failed = issubclass(err[0], test.failureException)
            self._write("fail" if failed else "error", test)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._write("skip", test)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._write("xfail", test)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._write("xpass", test)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    module_name, results_path = argv[1], argv[2]
    with open(results_path, "w") as log:
        try:
            module = importlib.import_module(module_name)
        except BaseException:
            log.write("import-error {}\n".format(module_name))
            traceback.print_exc()
            return 3
        suite = unittest.TestLoader().loadTestsFromModule(module)
        # Some tests draw from the shared generator without seeding it; a fixed seed makes
        # their outcome the same from run to run.
        random.seed(RANDOM_SEED)
        # TextTestResult writes through unittest's `writeln` wrapper, as TextTestRunner gives it.
        stream = unittest.runner._WritelnDecorator(sys.stderr)
        result = RecordingResult(log, stream, True, 2)
        suite.run(result)
        result.printErrors()
        sys.stderr.write("\nRan {} tests\n".format(result.testsRun))
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
