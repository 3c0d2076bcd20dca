import unittest

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
    def text(self):
        return "".join(self.parts)

def show(text):
    # drop the timing line and traceback frame lines (paths/source lines)
    for line in text.split("\n"):
        if line.startswith("Ran "):
            print("Ran <N> tests")
            continue
        if line.startswith("  ") or line.startswith("=====") or line.startswith("UNEXPECTED SUCCESS"):
            continue
        if line.startswith("FAIL: ") or line.startswith("ERROR: "):
            line = line.split(" (")[0]
        elif " ... " in line:
            name, rest = line.split(" ... ", 1)
            line = name.split(" (")[0] + " ... " + rest
        print(line)

class Mixed(unittest.TestCase):
    def test_a_pass(self):
        self.assertEqual(2 + 2, 4)
    def test_b_fail(self):
        self.assertEqual([1, 2], [1, 2], "fine")
        self.assertIn("x", "abc")
    def test_c_error(self):
        raise RuntimeError("something broke")
    @unittest.skip("not today")
    def test_d_skip(self):
        raise AssertionError("never")
    def test_e_skiptest(self):
        self.skipTest("skipped from inside")
    @unittest.expectedFailure
    def test_f_xfail(self):
        self.assertEqual(1, 0)
    @unittest.expectedFailure
    def test_g_unexpected(self):
        pass
    @unittest.skipIf(True, "cond true")
    def test_h_skipif(self):
        pass
    @unittest.skipUnless(True, "cond true")
    def test_i_skipunless_runs(self):
        pass
    def helper_not_a_test(self):
        raise AssertionError

class AllGood(unittest.TestCase):
    def test_one(self):
        pass
    def test_two(self):
        self.assertTrue(True)

loader = unittest.TestLoader()
print(loader.getTestCaseNames(Mixed))
for verbosity in (1, 2, 0):
    cap = Capture()
    runner = unittest.TextTestRunner(stream=cap, verbosity=verbosity)
    result = runner.run(loader.loadTestsFromTestCase(Mixed))
    print("--- verbosity", verbosity)
    show(cap.text())
    print(result.testsRun, len(result.failures), len(result.errors),
          len(result.skipped), len(result.expectedFailures),
          len(result.unexpectedSuccesses), result.wasSuccessful())
    print([str(t).split(" (")[0] for t, _ in result.failures])
    print([tb.strip().split("\n")[-1] for _, tb in result.failures + result.errors])
    print([(str(t).split(" (")[0], r) for t, r in result.skipped])

cap = Capture()
result = unittest.TextTestRunner(stream=cap).run(loader.loadTestsFromTestCase(AllGood))
show(cap.text())
print(result.wasSuccessful())

cap = Capture()
suite = unittest.TestSuite()
suite.addTest(AllGood("test_two"))
suite.addTests([Mixed("test_d_skip"), AllGood("test_one")])
print(suite.countTestCases())
unittest.TextTestRunner(stream=cap, verbosity=2).run(suite)
show(cap.text())

# a failure traceback starts with the header and ends with the exception line
cap = Capture()
result = unittest.TextTestRunner(stream=cap).run(Mixed("test_b_fail"))
tb = result.failures[0][1]
print(tb.split("\n")[0])
print(tb.rstrip("\n").split("\n")[-1])
print(repr(result).split(" ", 1)[1])
