# String comparison, iteration, membership, ord arithmetic
words = ["banana", "Apple", "cherry", "apple", "Banana", "123", "", "a", "ab", "B"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(max(words), min(words), max(words, key=len))
print("a" < "b", "a" < "B", "abc" < "abd", "abc" < "abcd", "Z" < "a", "é" > "z")
for ch in "héy":
    print(ch, ord(ch))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
print([c for c in "Hello World" if c.isupper()])
print(list(enumerate("abc")), list(zip("abc", "xyz")), list(reversed("abc")))
s = "abc"
print(s * 2 == "abcabc", s + s == s * 2, s == "ab" + "c", s != "ABC", s.upper() == "ABC")
it = iter("xyz")
print(next(it), next(it), next(it), next(it, "end"))
acc = ""
for i, ch in enumerate("python"):
    acc += ch.upper() if i % 2 == 0 else ch
print(acc)
def is_anagram(a, b):
    return sorted(a.replace(" ", "").lower()) == sorted(b.replace(" ", "").lower())
print(is_anagram("Listen", "Silent"), is_anagram("Dormitory", "dirty room"), is_anagram("abc", "abd"))
print("".join(sorted(set("hello world"))), len(set("hello world")))
print(hash("abc") == hash("ab" + "c"), "abc".__len__(), "abc".__contains__("b"), "x".__add__("y"))
print(str.upper("mixed"), str.join("-", ["a", "b"]), "abc".__getitem__(1))
