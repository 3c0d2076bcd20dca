import sys
import unittest

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
    def lines(self):
        return [l for l in "".join(self.parts).split("\n")
                if l and not l.startswith("Ran ") and not l.startswith("  ")
                and not l.startswith("FAIL") and not l.startswith("ERROR")]

class Sub(unittest.TestCase):
    def test_even(self):
        for i in range(6):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)
    def test_msg(self):
        with self.subTest("labelled", n=1, s="x"):
            self.assertTrue(False)
        with self.subTest("only label"):
            raise ValueError("inside subtest")
        with self.subTest():
            self.assertIsNone(1)
    def test_nested(self):
        with self.subTest(a=1):
            with self.subTest(b=2):
                self.fail("nested")
    def test_all_pass(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertGreaterEqual(i, 0)

result = unittest.TestResult()
unittest.TestLoader().loadTestsFromTestCase(Sub).run(result)
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
for test, tb in result.failures + result.errors:
    print(str(test).split(" ", 1)[1].split(") ", 1)[-1], "|", tb.rstrip("\n").split("\n")[-1])

class Good(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(sum([1, 2, 3]), 6)
    def test_other(self):
        self.assertNotEqual(1, 2)

class Bad(unittest.TestCase):
    def test_bad(self):
        self.assertEqual(1, 2)

cap = Capture()
prog = unittest.main(argv=["prog", "Good"], exit=False,
                     testRunner=unittest.TextTestRunner(stream=cap))
print(prog.result.testsRun, prog.result.wasSuccessful(), cap.lines())

cap = Capture()
prog = unittest.main(argv=["prog", "Good.test_ok", "Bad.test_bad"], exit=False,
                     testRunner=unittest.TextTestRunner(stream=cap))
print(prog.result.testsRun, prog.result.wasSuccessful(), cap.lines())

cap = Capture()
prog = unittest.main(argv=["prog", "-v", "Good.test_other"], exit=False,
                     testRunner=unittest.TextTestRunner(stream=cap, verbosity=2))
print(prog.result.testsRun, prog.verbosity, [l.split(" (")[0] + " " + l.split(" ... ")[-1] for l in cap.lines()])

cap = Capture()
try:
    unittest.main(argv=["prog", "Bad"], testRunner=unittest.TextTestRunner(stream=cap))
except SystemExit as e:
    print("exit code", e.code)

loader = unittest.TestLoader()
s = loader.loadTestsFromName("Good.test_other", sys.modules[__name__])
print(s.countTestCases(), [str(t).split(" (")[0] for t in s])
s = loader.loadTestsFromNames(["Good", "Bad"], sys.modules[__name__])
print(s.countTestCases())
s = loader.loadTestsFromModule(sys.modules[__name__])
print(s.countTestCases())

cap = Capture()
unittest.main(argv=["prog", "Good"], testRunner=unittest.TextTestRunner(stream=cap))
print("not reached")
