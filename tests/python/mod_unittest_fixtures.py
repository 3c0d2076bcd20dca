import unittest

log = []

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass

class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")
        cls.shared = [1, 2, 3]
    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")
    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.value = 10
        self.addCleanup(log.append, "cleanup " + self._testMethodName)
    def tearDown(self):
        log.append("tearDown " + self._testMethodName)
    def test_first(self):
        log.append("test_first")
        self.assertEqual(self.value, 10)
        self.assertEqual(self.shared, [1, 2, 3])
    def test_second(self):
        log.append("test_second")
        self.fail("second fails")
    def test_third(self):
        log.append("test_third")
        raise KeyError("third")

class BadSetUp(unittest.TestCase):
    def setUp(self):
        log.append("BadSetUp.setUp")
        raise ValueError("setUp broke")
    def tearDown(self):
        log.append("never called")
    def test_x(self):
        log.append("never run")

class BadTearDown(unittest.TestCase):
    def tearDown(self):
        log.append("BadTearDown.tearDown")
        raise TypeError("tearDown broke")
    def test_y(self):
        log.append("test_y")

class BadClassSetUp(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("BadClassSetUp.setUpClass")
        raise RuntimeError("class setup broke")
    @classmethod
    def tearDownClass(cls):
        log.append("never tearDownClass")
    def test_z(self):
        log.append("never run z")

@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("skipped setUpClass?!")
    def test_p(self):
        pass
    def test_q(self):
        pass

class SkipInSetUp(unittest.TestCase):
    def setUp(self):
        self.skipTest("skip from setUp")
    def test_r(self):
        log.append("never run r")

loader = unittest.TestLoader()
suite = unittest.TestSuite()
for cls in (Fixtures, BadSetUp, BadTearDown, BadClassSetUp, SkippedClass, SkipInSetUp):
    suite.addTest(loader.loadTestsFromTestCase(cls))
print(suite.countTestCases())
result = unittest.TestResult()
suite.run(result)
for entry in log:
    print(entry)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped))
for test, tb in result.errors:
    print("ERROR", str(test).split(" (")[0], "|", tb.rstrip("\n").split("\n")[-1])
for test, tb in result.failures:
    print("FAIL", str(test).split(" (")[0], "|", tb.rstrip("\n").split("\n")[-1])
for test, reason in result.skipped:
    print("SKIP", str(test).split(" (")[0], "|", reason)
print(result.wasSuccessful())

# running a single TestCase directly with a fresh result
log.clear()
r = Fixtures("test_first").run()
print(type(r).__name__, r.testsRun, r.wasSuccessful(), log)

# cleanups run in LIFO order even when the test fails
order = []
class Cleanups(unittest.TestCase):
    def test_it(self):
        self.addCleanup(order.append, 1)
        self.addCleanup(order.append, 2)
        self.addCleanup(lambda: order.append("kw"), )
        self.assertEqual(1, 0)
r = unittest.TestResult()
Cleanups("test_it").run(r)
print(order, len(r.failures))

# FunctionTestCase
calls = []
ftc = unittest.FunctionTestCase(lambda: calls.append("run"),
                                setUp=lambda: calls.append("setUp"),
                                tearDown=lambda: calls.append("tearDown"))
r = unittest.TestResult()
ftc.run(r)
print(calls, r.testsRun, r.wasSuccessful())
