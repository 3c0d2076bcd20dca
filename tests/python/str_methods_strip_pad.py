# strip family, padding and alignment
s = "   hello world   "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcHIcba".strip("abc")), repr("..a.b..".lstrip(".")), repr("..a.b..".rstrip(".")))
print(repr("\t\n text \r\n".strip()), repr("".strip()), repr("aaa".strip("a")))
print(repr("7".zfill(3)), repr("-7".zfill(4)), repr("+12".zfill(5)), repr("abc".zfill(2)), repr("3.14".zfill(7)))
print(repr("ab".center(7)), repr("ab".center(8, "*")), repr("abc".center(2)), repr("a".center(4, "-")))
print(repr("left".ljust(10)), repr("right".rjust(10)), repr("x".ljust(5, ".")), repr("x".rjust(5, "0")))
print(repr("tab\there".expandtabs()), repr("a\tb\tc".expandtabs(4)), repr("\t".expandtabs(2)))
table = [("apple", 3, 1.5), ("banana", 12, 0.25), ("kiwi", 100, 12.0)]
for name, qty, price in table:
    print(name.ljust(8) + str(qty).rjust(5) + str(price).rjust(8))
print("+" + "-" * 10 + "+")
for w in ["a", "abc", "abcdef"]:
    print("|" + w.center(10) + "|")
print("www.example.com".strip("cmowz."), "  x ".strip(" x"))
print(repr("  spaces\u00a0".strip()), repr("\u2003em\u2003".strip()))
