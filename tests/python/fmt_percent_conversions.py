# %-formatting conversions: flags, width, precision, every conversion type
ints = [0, 7, -7, 255, -255, 10**20, -(10**20), True]
for fmt in ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%8.3d", "%-+8.3d|", "%x", "%#x", "%#X",
            "%#08x", "%o", "%#o", "%#10.5o", "%i", "%u", "%+05i", "% 05d"]:
    print(fmt, [fmt % i for i in ints])
floats = [0.0, -0.0, 1.5, -2.25, 1e20, 1.23456789e-7, 3.14159, float("inf"), float("-inf"), float("nan"), 100.0]
for fmt in ["%f", "%.2f", "%10.3f", "%-10.1f|", "%010.2f", "%+f", "% .1f", "%e", "%.3E", "%g", "%G", "%#g",
            "%.0f", "%#.0f", "%.10g", "%#.3g", "%F", "%+08.2f", "%.0e", "%#.0e"]:
    print(fmt, [fmt % f for f in floats])
print("%s|%r|%a" % ("é", "é", "é"), "%5s|%-5s|%.2s|%5.1s|" % ("ab", "ab", "abc", "xyz"))
print("%c%c%c" % (72, "i", 0x1F600), "%3c|%-3c|" % ("x", 65))
print("%s %s" % ([1, 2], (3,)), "%s" % ((1, 2),), "%r" % ({"a": 1},))
print("%d%%" % 50, "%%%s%%" % "x", "100%%" % ())
print("%d" % 3.99, "%d" % -3.99, "%i" % 2.5, "%f" % 3, "%e" % 10**3, "%g" % True)
print("%*d|%-*d|%.*f|%*.*f|" % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.5))
print("%*d|" % (-6, 42), "%.*s|" % (-1, "abc"), "%.*s|" % (2, "abc"))
class I:
    def __index__(self):
        return 42
class N:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
print("%d %x %o" % (I(), I(), I()), "%d" % N(), "%f" % N(), "%.1f" % I() if False else "skip")
print("%s" % None, "%r" % None, "%s" % b"by", "%a" % "日本")
print("%5.3s|" % "abcdef", "%-8r|" % "q", "%08s|" % "pad")
print("%.1f" % 0.25, "%.1f" % 0.35, "%.2f" % 2.675, "%.0f" % 0.5, "%.0f" % 1.5)
print("%x" % (2**64), "%X" % -(2**70), "%o" % (8**30))
