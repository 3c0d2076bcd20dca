# %-formatting with mappings, nested parens in keys, * counts and bytes templates
d = {"name": "Ada", "n": 3, "x": 2.5, "a(b)": "nested", "": "empty"}
print("%(name)s has %(n)d items costing %(x).2f" % d)
print("%(name)-8s|%(n)05d|%(x)+.1e|" % d)
print("%(a(b))s %()s" % d, "%(name)r %(name)a" % d)
print("%(n)s %(n)s %(n)x" % d)
print("%s" % d == str(d), "%s" % [1, 2], "%(0)s" % {"0": "zero"})
class M:
    def __getitem__(self, k):
        return k.upper()
print("%(abc)s-%(xyz)s" % M())
print("%s|%5s|%-5s|" % ("a", "b", "c"))
print("%*s|%-*s|%*s|" % (4, "r", 4, "l", -4, "n"))
print(b"%s %d %x %c %c %b" % (b"by", 5, 255, 65, b"z", bytearray(b"ba")))
print(b"%5s|%-5s|%.1s|" % (b"ab", b"cd", b"ef"), b"%r %a" % ("é", "é"))
print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 9})
print(b"%%%d%%" % 7, b"%08.3f" % 3.14159, b"%+d" % 5)
t = (1, "two", 3.0)
print("%s %s %s" % t, "%r %r %r" % t, "%d %s %.1f" % t)
print("%s" % (t,), "%-3d|%3d|" % (1, 2))
