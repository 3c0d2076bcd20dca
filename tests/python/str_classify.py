# Character classes per Unicode categories: digits, numerics, letters, identifiers
samples = ["123", "١٢٣", "²", "³", "½", "Ⅻ", "一二三", "፩", "⑩", "𝟙", "٣", "abc", "ª", "ǅ", "Ⅷ", "ⓐ",
           "é", "e\u0301", "日本", "_", "", " ", "\t\n", "\u00a0", "\u2028", "\u200b", "x1", "1x",
           "αβγ", "Ω", "Ⅰ", "〇", "৭", "²³", "0x1F", "3.14", "-1", "٫"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
          s.isspace(), s.isprintable(), s.isidentifier(), s.isascii())
idents = ["abc", "_x", "x_1", "1x", "αβ", "ℕ", "℘x", "x·y", "a-b", "class", "a b", "ǅx", "x\u0301",
          "\u0301x", "ⅰ", "Ⅻx", "", "_", "__init__", "x̅", "𝔘𝔫𝔦", "١x", "x١"]
for s in idents:
    print(repr(s), s.isidentifier())
print(sum(1 for c in map(chr, range(0x3000)) if c.isdigit()))
print(sum(1 for c in map(chr, range(0x3000)) if c.isdecimal()))
print(sum(1 for c in map(chr, range(0x2200)) if c.isnumeric()))
print(sum(1 for c in map(chr, range(0x800)) if c.isalpha()))
print(sum(1 for c in map(chr, range(0x800)) if c.islower()), sum(1 for c in map(chr, range(0x800)) if c.isupper()))
print(sum(1 for c in map(chr, range(0x800)) if c.istitle()))
