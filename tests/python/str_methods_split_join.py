# split, rsplit, splitlines, join
print("a b  c   d".split())
print("a b  c   d".split(" "))
print("a,b,,c,".split(","))
print("  lead and trail  ".split())
print("one two three four".split(None, 2), "one two three four".rsplit(None, 2))
print("a-b-c-d".split("-", 1), "a-b-c-d".rsplit("-", 1), "a-b-c-d".split("-", 0))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"))
print("line1\nline2\r\nline3\rline4".splitlines())
print("x\ny\n".splitlines(), "x\ny\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("x\ny\n".split("\n"))
print("a::b::c".split("::"), "aXbXc".split("X", -1))
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), " - ".join("abc"), "|".join([]))
print(", ".join(str(i) for i in range(5)))
print("\n".join(["first", "second"]))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
csv = "name,age,city\nalice,30,paris\nbob,25,rome"
rows = [line.split(",") for line in csv.splitlines()]
header = rows[0]
for r in rows[1:]:
    print(dict(zip(header, r)))
sentence = "The   rain in   Spain"
print(" ".join(sentence.split()), "_".join(reversed(sentence.split())))
print("a1b2c3".split("2"), "2024-01-15".split("-"), [int(x) for x in "2024-01-15".split("-")])
path = "/usr/local/lib/python3.8/site.py"
print(path.split("/"), path.rsplit("/", 1)[-1], path.rpartition("/")[0])
print("k1=v1;k2=v2;k3=v3".split(";"), dict(p.split("=") for p in "k1=v1;k2=v2".split(";")))
