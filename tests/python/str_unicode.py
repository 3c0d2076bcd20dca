# Unicode handling in str: lengths, case, ord/chr, encode/decode sizes
samples = ["abc", "héllo", "日本語", "naïve", "Ωmega", "😀 smile", "straße", "ǅ"]
for s in samples:
    enc = s.encode("utf-8")
    print(repr(s), len(s), len(enc), s.upper(), s.lower(), [hex(ord(c)) for c in s[:3]])
print("é" == "\u00e9", "\N{GREEK SMALL LETTER ALPHA}", chr(945), ord("α"), "\u03b1".upper())
print(sorted(["b", "á", "a", "z", "É", "e"]), max("αβγ"), min("日本"))
print("日本語テキスト"[2:5], "日本語"[::-1], "😀" * 3, len("😀" * 3))
print("Ünïcödé".encode("utf-8"), b"\xc3\x9c".decode("utf-8"), "é".encode("utf-16-le"), "€".encode("utf-8"))
print("ü".isalpha(), "٣".isdigit(), "Ⅻ".isnumeric(), "ß".upper(), "ﬁ".upper(), len("ﬁ".upper()))
print("İ".lower(), len("İ".lower()), "ΣΑΣ".lower(), "σας".upper())
print(ascii("naïve 😀"), repr("naïve 😀"), str("naïve"))
print("café".center(10, "·"), "|" + "日本".ljust(5) + "|", "x".join("日本語"))
print([c for c in "a😀b"], "😀" in "a😀b", "a😀b".index("b"), "a😀b".find("😀"))
try:
    "日本".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.start, e.end, e.reason)
print("日本".encode("ascii", "replace"), "日本".encode("ascii", "ignore"), b"\xff abc".decode("utf-8", "replace"))
print("e\u0301" == "é", len("e\u0301"), "e\u0301")
print("Hello, 世界".split(", "), "世界" in "Hello, 世界", "Hello, 世界".replace("世界", "world"))
