# Building strings: join vs concatenation, repetition, formatting tables
parts = []
for i in range(10):
    parts.append(str(i * i))
print(",".join(parts))
s = ""
for i in range(5):
    s += chr(ord("a") + i) * (i + 1)
print(s, len(s))
print("-".join(str(x) for x in range(1, 6)), "".join(map(chr, range(65, 75))))
words = ["alpha", "beta", "gamma"]
print(", ".join(words[:-1]) + " and " + words[-1])
print("\n".join(f"{i}. {w}" for i, w in enumerate(words, 1)))
width = max(len(w) for w in words)
print("+" + "-" * (width + 2) + "+")
for w in words:
    print("| " + w.ljust(width) + " |")
print("+" + "-" * (width + 2) + "+")
row_fmt = "{:<6}{:>8}{:>8}"
print(row_fmt.format("name", "x", "y"))
for name, x, y in [("pt1", 1.5, -2), ("pt2", 10, 20.25)]:
    print(row_fmt.format(name, x, y))
def box(text):
    lines = text.split("\n")
    w = max(map(len, lines))
    top = "*" * (w + 4)
    return "\n".join([top] + ["* " + l.center(w) + " *" for l in lines] + [top])
print(box("hello\nbig world\n!"))
triangle = "\n".join(" " * (4 - i) + "*" * (2 * i + 1) for i in range(5))
print(triangle)
print("".join(reversed("abc")) + "|" + "abc"[::-1] + "|" + "".join(sorted("cab")))
acc = []
for word in "the quick brown fox".split():
    acc.append(word[0].upper() + word[1:])
print(" ".join(acc), "".join(w[0] for w in acc))
print(repr("".join([])), repr(" ".join([""])), repr("ab".join("")), repr("-".join("x")))
