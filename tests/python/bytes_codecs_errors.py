# bytes.decode / str.encode with codecs and error handlers; UnicodeError attributes
def t(label, f):
    try:
        print(label, repr(f()))
    except UnicodeError as e:
        print(label, type(e).__name__, e)
        print("   ", repr(e.encoding), repr(e.object), e.start, e.end, repr(e.reason), len(e.args))
    except Exception as e:
        print(label, type(e).__name__, e)

for data in [b"\xff", b"a\xe2\x28b", b"\xe2\x82", b"\xe2\x82\x28", b"\xed\xa0\x80", b"\xf0\x80\x80\x80", b"ok\xc3"]:
    t("utf8 " + repr(data), lambda: data.decode())
    for errors in ["ignore", "replace", "backslashreplace"]:
        t("  " + errors, lambda: data.decode("utf-8", errors))
t("ascii", lambda: b"ab\x80\x81c".decode("ascii"))
t("ascii replace", lambda: b"ab\x80\x81c".decode("ascii", "replace"))
t("ascii kw", lambda: b"ab\x80c".decode(encoding="ascii", errors="backslashreplace"))
t("latin-1", lambda: bytes(range(0xe0, 0xe8)).decode("latin-1"))
t("unknown codec", lambda: b"x".decode("rot-99"))
t("unknown handler unused", lambda: b"x".decode("utf-8", "bogus"))
t("unknown handler used", lambda: b"\xff".decode("utf-8", "bogus"))
t("decode int enc", lambda: b"x".decode(5))
s = "a\u00e9\u20ac\U0001f600z"
for enc in ["ascii", "latin-1"]:
    t("encode " + enc, lambda: s.encode(enc))
    for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        t("  " + errors, lambda: s.encode(enc, errors))
t("single char", lambda: "x\u20acy".encode("ascii"))
t("utf8 names", lambda: [s.encode(e) for e in ["utf-8", "UTF8", "utf_8", "U8"]])
t("encode kw", lambda: "abc".encode(encoding="ascii"))
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
    data = s.encode(enc)
    print(enc, data, data.decode(enc) == s)
t("utf16 odd", lambda: b"a\x00b".decode("utf-16-le"))
t("utf16 lone high", lambda: b"\x00\xd8a\x00".decode("utf-16-le"))
t("utf16 lone low", lambda: b"\x00\xdca\x00".decode("utf-16-le"))
t("utf16 truncated pair", lambda: b"\x00\xd8".decode("utf-16-le"))
t("utf16 bom be", lambda: b"\xfe\xff\x00h\x00i".decode("utf-16"))
t("utf32 short", lambda: b"a\x00\x00".decode("utf-32"))
t("utf32 range", lambda: b"\x00\x00\x11\x00".decode("utf-32-le"))
t("utf32 surrogate", lambda: b"\x00\xd8\x00\x00".decode("utf-32-le"))
t("utf16 replace", lambda: b"\x00\xd8a\x00".decode("utf-16-le", "replace"))
e = UnicodeDecodeError("fake", b"abc", 1, 3, "made up")
print(e, repr(e), e.encoding, e.object, e.start, e.end, e.reason)
e = UnicodeEncodeError("fake", "a\u20acb", 1, 2, "nope")
print(e, repr(e), e.encoding, e.object, e.start, e.end, e.reason)
print(str(UnicodeEncodeError("x", "abc", 0, 3, "r")), str(UnicodeDecodeError("x", b"\x01", 0, 1, "r")))
try:
    b"caf\xe9".decode()
except ValueError as err:
    print(isinstance(err, UnicodeError), type(err).__mro__[1].__name__, err.args[1])
