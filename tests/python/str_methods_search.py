# find/index/count/startswith/endswith/in
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.find(""))
print(s.index("quick"), s.rindex("o"), s.find("o", 15, 20), s.rfind("o", 0, 15))
print(s.count("o"), s.count("the"), s.count(""), s.count("o", 20), "aaaa".count("aa"))
print(s.startswith("the"), s.startswith("quick", 4), s.startswith(("a", "t")), s.endswith("dog"), s.endswith(("cat", "dog")))
print(s.endswith("lazy", 0, -4), s.startswith(""), "".startswith(""), "".endswith("x"))
print("fox" in s, "cat" in s, "" in s, "The" in s)
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("zzz")
except ValueError as e:
    print("ValueError:", e)
positions = []
start = 0
while True:
    p = s.find("o", start)
    if p < 0:
        break
    positions.append(p)
    start = p + 1
print(positions)
text = "banana"
print(text.find("ana"), text.rfind("ana"), text.count("ana"), text.replace("ana", "ANA"))
print(text.partition("n"), text.rpartition("n"), text.partition("x"), text.rpartition("x"))
print("a,b,c".partition(","), "key=value=more".partition("="), "key=value=more".rpartition("="))
vowels = sum(1 for c in s if c in "aeiou")
print("vowels", vowels)
print([w for w in s.split() if w.startswith(("t", "l"))])
print(s.find("o", -10), s.find("o", -3), s[-10:].find("o"))
