import unittest

class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()

def check(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
        print(name, "passed")
    except AssertionError as e:
        lines = str(e).split("\n")
        print(name, "FAILED:", lines[0])

check("assertEqual", 1, 1)
check("assertEqual", 1, 2)
check("assertEqual", "a", "a")
check("assertEqual", 1.5, 2, msg="custom")
check("assertEqual", [1, 2], [1, 2])
check("assertEqual", [1, 2], [1, 3])
check("assertEqual", (1, 2), (1, 2, 3))
check("assertEqual", {"a": 1}, {"a": 2})
check("assertEqual", {1, 2}, {2, 3})
check("assertEqual", "x" * 100, "x" * 99 + "y")
check("assertEqual", list(range(50)), list(range(49)) + [0])
check("assertNotEqual", 1, 2)
check("assertNotEqual", "s", "s")
check("assertTrue", 1)
check("assertTrue", 0)
check("assertTrue", [])
check("assertFalse", None)
check("assertFalse", "yes")
check("assertTrue", False, "with msg")
check("assertIs", None, None)
check("assertIs", 1, None)
check("assertIsNot", None, None)
check("assertIsNone", None)
check("assertIsNone", 5)
check("assertIsNotNone", None)
check("assertIn", 1, [1, 2])
check("assertIn", 3, [1, 2])
check("assertNotIn", "a", "abc")
check("assertIsInstance", 1, int)
check("assertIsInstance", 1, str)
check("assertNotIsInstance", 1, int)
check("assertGreater", 2, 1)
check("assertGreater", 1, 2)
check("assertGreaterEqual", 1, 2)
check("assertLess", 2, 1)
check("assertLessEqual", 2, 1)
check("assertAlmostEqual", 1.0, 1.00000001)
check("assertAlmostEqual", 1.0, 1.1)
check("assertAlmostEqual", 1.0, 1.1, places=0)
check("assertAlmostEqual", 1.0, 1.5, delta=0.25)
check("assertAlmostEqual", 10, 12, delta=3)
check("assertNotAlmostEqual", 1.0, 1.00000001)
check("assertNotAlmostEqual", 1.0, 1.5)
check("assertNotAlmostEqual", 1.0, 1.5, delta=1)
check("assertCountEqual", [1, 2, 2, 3], [3, 2, 1, 2])
check("assertCountEqual", [1, 2, 2], [1, 2, 3])
check("assertCountEqual", [[1], [2]], [[2], [1]])
check("assertCountEqual", [[1], [2]], [[2], [2]])
check("assertSequenceEqual", [1, 2], (1, 2))
check("assertSequenceEqual", [1, 2], [1, 5])
check("assertListEqual", [1], [1, 2])
check("assertListEqual", (1,), [1])
check("assertTupleEqual", (1, 2), (1, 2))
check("assertTupleEqual", (2,), (1,))
check("assertDictEqual", {"a": 1}, {"a": 1})
check("assertDictEqual", {"a": 1}, {"b": 1})
check("assertDictEqual", [], {})
check("assertSetEqual", {1}, {1})
check("assertSetEqual", {1}, set())
check("assertSetEqual", set(), {2})
check("fail")
check("fail", "explicit failure")

# extra detail lines of sequence messages (before the ndiff part)
try:
    t.assertListEqual([1, 2, 3], [1, 2, 4])
except AssertionError as e:
    print(str(e).split("\n")[:4])
try:
    t.assertSequenceEqual([1, 2, 3], [1, 2])
except AssertionError as e:
    print(str(e).split("\n")[:5])

# longMessage off
t.longMessage = False
check("assertEqual", 1, 2, msg="only this")
check("assertEqual", 1, 2)
t.longMessage = True

# assertRaises forms
def boom(x, y=0):
    raise ValueError("boom %s %s" % (x, y))

t.assertRaises(ValueError, boom, 1, y=2)
print("callable form ok")
try:
    t.assertRaises(ValueError, lambda: None)
except AssertionError as e:
    print("not raised:", e)
try:
    t.assertRaises(KeyError, boom, 1)
except ValueError as e:
    print("other exception propagates:", e)
with t.assertRaises(ValueError) as cm:
    boom(3)
print("context form:", type(cm.exception).__name__, cm.exception)
with t.assertRaises((KeyError, IndexError)) as cm:
    [][1]
print("tuple:", type(cm.exception).__name__)
try:
    with t.assertRaises(ZeroDivisionError):
        pass
except AssertionError as e:
    print("ctx not raised:", e)
try:
    with t.assertRaises(ZeroDivisionError, msg="extra"):
        pass
except AssertionError as e:
    print("ctx not raised with msg:", e)
try:
    t.assertRaises(ValueError, boom)
except TypeError as e:
    print("TypeError propagated")
with t.assertRaises(AssertionError):
    t.assertEqual(0, 1)
print("failureException:", t.failureException.__name__)
print(t.shortDescription(), t.id(), str(t).split(' (')[0], repr(t), t.countTestCases())
