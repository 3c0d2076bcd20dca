# bytes/bytearray searching: find, rfind, index, rindex, count, startswith, endswith
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

b = b"abracadabra"
for sub in [b"a", b"bra", b"", b"z", 97, ord("c")]:
    print(repr(sub), b.find(sub), b.rfind(sub), b.count(sub))
print(b.find(b"a", 1), b.find(b"a", 1, 3), b.find(b"a", -4), b.find(b"a", -4, -1))
print(b.rfind(b"a", 0, 5), b.rfind(b"bra", 2), b.find(b"", 11), b.find(b"", 12), b.rfind(b"", 3, 5))
print(b.count(b"a", 2, 8), b.count(b"", 2, 5), b.count(b"", 20), b.count(b"aa"), b"aaaa".count(b"aa"))
print(b.index(b"c"), b.rindex(b"a"), b.index(b"a", 5), b.rindex(b"b", 0, 6))
print(b.find(b"a", None, None), b.find(b"r", None, 3), b.count(b"a", None))
t("index missing", lambda: b.index(b"q"))
t("rindex missing", lambda: b.rindex(b"q", 2))
t("find str", lambda: b.find("a"))
t("count big", lambda: b.count(256))
t("count neg", lambda: b.count(-1))
t("find float", lambda: b.find(1.5))
print(b.startswith(b"abra"), b.startswith(b"bra", 1), b.startswith(b"bra", 1, 3), b.startswith((b"x", b"ab")))
print(b.endswith(b"abra"), b.endswith(b"cad", 0, 7), b.endswith(()), b.endswith(b""), b.endswith(b"", 20))
print(b.startswith(b"", 11), b.startswith(b"", 12), b.startswith(b"a", -1), b.endswith(bytearray(b"ra")))
t("startswith str", lambda: b.startswith("a"))
t("endswith list", lambda: b.endswith([b"a"]))
t("startswith tuple str", lambda: b.startswith((b"a", "b")))
ba = bytearray(b"mississippi")
print(ba.find(b"ss"), ba.rfind(b"ss"), ba.count(b"s"), ba.index(b"p"), ba.rindex(115))
print(ba.startswith(b"miss"), ba.endswith(bytearray(b"pi")), ba.find(bytearray(b"ip")))
print(b"ss" in ba, 112 in ba, b"" in ba, bytearray(b"sip") in ba, b"x" in ba)
t("in str", lambda: "s" in ba)
t("in big", lambda: 300 in ba)
