# Misc string operations: encode, count, startswith tuples, formatting loops
s = "Mississippi"
print(s.count("ss"), s.count("s"), s.count("i", 5), s.lower().count("m"), s.index("ss", 3))
print(s.upper(), s.lower(), s.swapcase(), s.replace("ss", "SS", 1), s.rstrip("pi"), s.lstrip("Mis"))
print(s.encode(), "naïve café".encode("utf-8"), len("naïve café".encode("utf-8")), "naïve".encode("utf-8").decode("utf-8"))
print("a-b_c d".replace("-", " ").replace("_", " ").split())
print("snake_case_name".split("_"), "".join(w.capitalize() for w in "snake_case_name".split("_")))
camel = "parseHttpResponseCode"
out = ""
for ch in camel:
    out += "_" + ch.lower() if ch.isupper() else ch
print(out)
print("ab" < "abc", "abc" < "b", "B" < "a", "a" * 3 < "aab")
print(" ".join(reversed("one two three".split())), "one two three"[::-1])
print("x".join("abc"), "-".join(["2024", "01", "05"]), "".join(reversed("stressed")))
print("%-10s|%10s|" % ("left", "right"), "{:-^20}".format(" mid "))
print("Hello World".center(21, "*"), "42".rjust(6, "0"), "42".ljust(6, "."))
vowels = "aeiou"
print("".join(c for c in "programming" if c not in vowels), sum(c in vowels for c in "programming"))
def rle(s):
    if not s:
        return ""
    out = []
    prev, n = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append(prev + str(n))
            prev, n = ch, 1
    out.append(prev + str(n))
    return "".join(out)
print(rle("aaabccddddde"), rle("abc"), rle(""), rle("zzzzzzzzzzzz"))
def is_palindrome(s):
    t = "".join(c.lower() for c in s if c.isalnum())
    return t == t[::-1]
print([is_palindrome(p) for p in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon"]])
print(str(12).zfill(5), "-12".zfill(5), "abc".find("c", -1), "abc"[-1:], "abc"[:-1])
print(min("hello"), max("hello"), sorted("hello", reverse=True), len(set("hello")))
print("Tab\tSeparated\tValues".split("\t"), "a\\b".split("\\"), repr("\\".join(["x", "y"])))
print("The answer is " + str(6 * 7) + ".", "pi ~ " + repr(3.14), "list: " + str([1, "2"]))
