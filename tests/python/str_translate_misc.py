# maketrans/translate, splitlines, expandtabs, zfill, center, count/find with bounds
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcdabcd".translate(t))
t2 = str.maketrans({"a": "AA", "b": None, "c": 0x263A, 100: "D"})
print(sorted(t2.items()), "abcde".translate(t2))
print("hello".translate({ord("l"): "L"}), "hello".translate([None] * 200 if False else {104: 72}))
class Table:
    def __getitem__(self, k):
        if k == ord("q"):
            raise LookupError
        return k + 1
print("abq".translate(Table()))
for s in ["a\nb", "a\r\nb\rc", "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i", "end\n", "\n\n", "", "x\r\n"]:
    print(repr(s), s.splitlines(), s.splitlines(True))
for s in ["a\tb", "\tx", "ab\tc\td", "abcdefgh\ti", "a\nb\tc", "a\r\tb", "日本\t語"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(-1)), repr(s.expandtabs(1)))
for s in ["42", "-42", "+42", "", "abc", "-", "日本"]:
    print(repr(s.zfill(5)), repr(s.zfill(1)), repr(s.zfill(-3)))
for s, w in [("a", 4), ("ab", 5), ("abc", 6), ("ab", 4), ("abc", 4), ("", 3), ("x", 2), ("xy", 3)]:
    print(repr(s.center(w)), repr(s.center(w, "*")), repr(s.ljust(w, "-")), repr(s.rjust(w, "é")))
s = "abcabcabc"
print(s.count("abc"), s.count("abc", 1), s.count("abc", 1, -1), s.count(""), s.count("", 3, 5), s.count("", 20))
print(s.find("c", 3), s.find("c", -4), s.find("c", 3, 5), s.rfind("a", 0, 4), s.find("", 9), s.find("", 10))
print(s.index("b", 2), s.rindex("b", 0, 5), s.startswith("bc", 1), s.endswith("ab", 0, 5), s.startswith(("x", "ca"), 2))
print("日本語日本".count("日本"), "日本語日本".find("本", 2), "日本語日本".rfind("日", 0, 4), "日本語".startswith("本", 1))
print(s.count("a", None, None), s.find("a", None), "a,b,,c".split(","), "a,b,,c".rsplit(",", 1))
print("  a  b  ".split(), "  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1), "a\u3000b".split())
print("mississippi".partition("ss"), "mississippi".rpartition("ss"), "x".partition("y"), "x".rpartition("y"))
print("aaa".replace("a", "b", 2), "aaa".replace("", "-"), "aaa".replace("", "-", 2), "abc".replace("b", ""))
print(",".join(x for x in "abc"), ",".join({"k": 1}), "".join(()), "-".join("xyz"))
print("abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1), list("abc".__iter__()))
print("abc".__eq__("abc"), "abc".__lt__("abd"), "abc".__ne__(1), "ab".__add__("c"), "ab".__mul__(2), "%s!".__mod__("x"))
print("a".__rmod__("%s") if hasattr("a", "__rmod__") else "no rmod", "abc".__hash__() == hash("abc"))
