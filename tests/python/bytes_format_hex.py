# padding, zfill, expandtabs, hex/fromhex, maketrans/translate
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for w in [0, 3, 4, 7, 8, 9, 10]:
    print(w, b"abc".center(w), b"abc".center(w, b"*"), b"ab".center(w, b"-"), b"abc".ljust(w, b"."), b"abc".rjust(w, b"."))
print(bytearray(b"x").center(5, bytearray(b"=")), b"x".ljust(3, bytearray(b"_")), b"x".rjust(-1))
t("center str fill", lambda: b"abc".center(5, "*"))
t("ljust long fill", lambda: b"abc".ljust(5, b"**"))
for s in [b"42", b"-42", b"+42", b"", b"-", b"abc", b"--1"]:
    print(repr(s), s.zfill(5), s.zfill(1))
print(bytearray(b"-7").zfill(4))
print(b"a\tbc\tdef\tg".expandtabs(), b"a\tbc\tdef\tg".expandtabs(4), b"a\tb".expandtabs(tabsize=2), b"\t\n\tx".expandtabs(3), b"a\tb".expandtabs(0))
print(b"\x00\x01\xfe\xff".hex(), b"".hex(), bytearray(b"AB").hex())
data = bytes(range(1, 8))
for sep, n in [(":", 1), (":", 2), (":", 3), (":", -2), (b"_", 4), (" ", -3), ("-", 7), ("-", 8), ("-", 0)]:
    print(repr(sep), n, data.hex(sep, n))
print(data.hex(sep="|"), data.hex(":", bytes_per_sep=2))
t("hex sep long", lambda: data.hex("::"))
t("hex sep non-ascii", lambda: data.hex("\u00e9"))
t("hex sep int", lambda: data.hex(5))
print(bytes.fromhex(""), bytes.fromhex("  "), bytes.fromhex("0a0B ff"), bytes.fromhex("\t01\n02 "), bytearray.fromhex("c0ffee"))
for bad in ["0", "zz", "1 2", "abc", "0g", "01 0", "\u00e9e"]:
    t("fromhex " + repr(bad), lambda: bytes.fromhex(bad))
t("fromhex bytes", lambda: bytes.fromhex(b"00"))
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], type(table).__name__, bytearray.maketrans(b"a", b"b")[97])
print(b"aabbcc".translate(table), b"aabbcc".translate(table, b"b"), b"abc".translate(None, b"ac"), b"abc".translate(None))
print(bytearray(b"cab").translate(table), b"abc".translate(table, delete=b"a"))
t("maketrans len", lambda: bytes.maketrans(b"ab", b"x"))
t("translate short", lambda: b"abc".translate(b"xyz"))
t("translate str", lambda: b"abc".translate("x" * 256))
