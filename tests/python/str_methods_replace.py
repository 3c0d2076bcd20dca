# replace, translate, maketrans, misc
s = "one fish two fish red fish blue fish"
print(s.replace("fish", "cat"))
print(s.replace("fish", "cat", 2))
print(s.replace("fish", ""), s.replace(" ", ""), s.replace("z", "y"))
print("aaa".replace("a", "bb"), "aaa".replace("aa", "b"), "abc".replace("", "-"))
print("abc".replace("", "-", 2), "".replace("", "x"))
t = str.maketrans("abc", "xyz")
print("aabbcc-abc".translate(t))
t2 = str.maketrans({"a": "1", "b": None, "c": "333"})
print("abcabc".translate(t2))
t3 = str.maketrans("", "", "aeiou")
print("programming language".translate(t3))
print(sorted(str.maketrans("ab", "cd").items()))
def caesar(text, k):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3), caesar("xyz", 30))
print("ab" * 3, 3 * "xy", "a" * 0, "a" * -2, "-" * 20)
print("abc" + "def", "x" + "" + "y")
print(str(), str(123), str(1.5), str(None), str(True), str([1, "a"]), str((1,)), str({"k": 1}))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnl\n"), repr("\\"), repr("\x00\x7f"), repr("é✓"))
print(repr("\u200b"), repr("\x1b[0m"), ascii("é✓"), ascii("plain"))
