# print(): sep, end, multiple args, empty print, non-string objects
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" <- continued")
print("x", end="!\n")
print(1, 2.5, None, True, [1, "2"], (3,), {"k": "v"}, sep=" | ")
print(*range(5), sep="-", end=".\n")
print("multi\nline\nstring")
print("", "", sep="X")
print(sep="ignored", end="only end\n")
print("tab\tseparated", "values")
print("unicode: é 日本 😀")
print(repr("repr'd"), str(b"bytes"), bytearray(b"ba"))
for i in range(3):
    print(i, end=" ")
print()
print("%s %d" % ("percent", 5), "{} {}".format("format", 6), f"{'fstring'} {7}")
class P:
    def __str__(self):
        return "custom __str__"
print(P(), [P()] if False else "list-skip")
print(None)
print(print("inner") is None)
print("end with sep", sep="SEP")
print(1, sep=None, end=None)
print("a", "b", sep=None)
