"""Unittest main program (Cinder's own implementation)."""

import sys
from . import loader, runner

__unittest = True

USAGE = """\
Usage: %(prog)s [-h] [-v] [-q] [-f] [tests [tests ...]]

positional arguments:
  tests           a list of any number of test modules, classes and test
                  methods.

optional arguments:
  -h, --help      show this help message and exit
  -v, --verbose   Verbose output
  -q, --quiet     Quiet output
  -f, --failfast  Stop on first fail or error
"""


class TestProgram(object):
    """A command-line program that runs a set of tests; this is primarily
    for making test modules conveniently executable."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv

        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = argv[0].split('/')[-1] if argv else 'python'
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        print(USAGE % {'prog': self.progName})
        sys.exit(2)

    def parseArgs(self, argv):
        testNames = []
        self._discovery = None
        if self.module is None and (len(argv) < 2 or argv[1] == 'discover'
                                    or (argv[1].startswith('-') and
                                        not any(not a.startswith('-') for a in argv[1:]))):
            self._parse_discovery(argv[2:] if len(argv) > 1 and argv[1] == 'discover' else argv[1:])
            self.createTests()
            return
        for arg in argv[1:]:
            if arg in ('-h', '--help'):
                self.usageExit()
            elif arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg in ('-f', '--failfast'):
                if self.failfast is None:
                    self.failfast = True
            elif arg.startswith('-'):
                self.usageExit('error: unrecognized arguments: %s' % arg)
            else:
                if self.module is None and arg.endswith('.py'):
                    # A file path names its module (`-m unittest tests/test_x.py`).
                    arg = arg[:-3].replace('\\', '.').replace('/', '.')
                    while arg.startswith('.'):
                        arg = arg[1:]
                testNames.append(arg)
        if testNames:
            self.testNames = testNames
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def _parse_discovery(self, args):
        start, pattern, top = '.', 'test*.py', None
        positional = []
        it = iter(args)
        for arg in it:
            if arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg in ('-f', '--failfast'):
                self.failfast = True
            elif arg in ('-s', '--start-directory'):
                start = next(it, start)
            elif arg in ('-p', '--pattern'):
                pattern = next(it, pattern)
            elif arg in ('-t', '--top-level-directory'):
                top = next(it, top)
            elif arg in ('-h', '--help'):
                self.usageExit()
            elif arg.startswith('-'):
                self.usageExit('error: unrecognized arguments: %s' % arg)
            else:
                positional.append(arg)
        for i, value in enumerate(positional[:3]):
            if i == 0:
                start = value
            elif i == 1:
                pattern = value
            else:
                top = value
        self._discovery = (start, pattern, top)

    def createTests(self):
        if self._discovery is not None:
            start, pattern, top = self._discovery
            self.test = self.testLoader.discover(start, pattern, top)
            return
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames,
                                                           self.module)

    def runTests(self):
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                testRunner = self.testRunner(verbosity=self.verbosity,
                                             failfast=self.failfast,
                                             buffer=self.buffer,
                                             warnings=self.warnings,
                                             tb_locals=self.tb_locals)
            except TypeError:
                testRunner = self.testRunner()
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
