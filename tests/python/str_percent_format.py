# printf-style % formatting
print("%d items" % 5)
print("%s and %s" % ("this", "that"))
print("%r %s" % ("q", "q"))
print("%5d|%-5d|%05d" % (42, 42, 42))
print("%x %X %o %#x %#o %e" % (255, 255, 8, 255, 8, 12345.678))
print("%.2f %.0f %8.3f %-8.1f|" % (3.14159, 2.5, 2.0 / 3, 9.99))
print("%+d %+d % d" % (5, -5, 7))
print("%c%c%c" % (80, "y", 0x21))
print("%s" % [1, 2], "%s" % (("t",),), "%s" % {"a": 1})
print("%(name)s is %(age)d" % {"name": "Ann", "age": 33})
print("100%%", "%d%%" % 50)
print("%10s|%-10s|" % ("right", "left"))
print("%.3s" % "abcdef", "%5.1s|" % "xyz")
print("%g %g %g %g" % (0.0001, 0.00001, 123456789.0, 1.5))
print("%i %u" % (-3, 7))
print("%s" % None, "%s %s" % (True, 1.0), "%d" % True, "%d" % 3.99)
rows = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.0)]
for r in rows:
    print("%-6s %4d %7.2f" % r)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError for %d with str")
try:
    print("%s %s" % ("one",))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % ("a", "b"))
except TypeError as e:
    print("TypeError:", e)
print("%*d|%-*d|" % (6, 7, 4, 8))
print("%.*f" % (3, 1.23456))
