# Unicode-correct case mapping: titlecase, folding, final sigma
words = ["ß", "straße", "ﬁsh ﬂow", "ǆemal ǉubljana", "ǅ", "ΣΑΣ ΟΔΟΣ", "ὈΔΥΣΣΕΎΣ", "İstanbul",
         "hello world", "they're bill's friends", "a1b2c3", "ŉ", "ᾳ ᾼ", "ǰ", "ﬃ", "ABC def", "", "Σ", "aΣ", "aΣb", "aΣ.", "a'Σ"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()),
          repr(w.swapcase()), repr(w.casefold()))
for w in words:
    print(repr(w), w.islower(), w.isupper(), w.istitle(), len(w.upper()), len(w.lower()))
print("Straße".casefold() == "STRASSE".casefold(), "ﬁ".casefold(), "ς".casefold(), "ϐ".casefold())
print("ǅ".istitle(), "ǅa".istitle(), "Ǆa".istitle(), "ªb".islower(), "ᾼ".istitle(), "ᾼ".isupper())
print("hello".capitalize(), "HELLO".capitalize(), "ßeta".capitalize(), "ǆa".capitalize())
print("ΑΣ ΑΣ".lower(), "ΑΣ1".lower(), "ΑΣ\u0301".lower(), "Σ\u0301".lower())
print("ǈ".upper(), "ǈ".lower(), "ǈ".swapcase(), "ǈ".title())
print([c.title() for c in "ßﬁﬀﬄﬆ"], [c.upper() for c in "ßﬁﬀﬄﬆ"])
print("i̇".upper(), "ı".upper(), "K".lower(), "Å".lower())
