# String indexing and slicing
s = "Hello, World!"
print(s[0], s[-1], s[7], s[-6])
print(s[0:5], s[7:], s[:5], s[-6:-1], s[:])
print(s[::2], s[1::2], s[::-1], s[::-2], s[-1:-6:-1])
print(s[3:3], s[10:2], s[100:], s[-100:3], s[2:100])
print(s[5:-3:2], s[-3:5:-2], s[::3], s[len(s) - 1::-4])
for i in range(-3, 3):
    print(i, repr(s[i]), repr(s[i:]), repr(s[:i]))
t = "abcdefghij"
print([t[i:i + 3] for i in range(0, len(t), 3)])
print(t[slice(2, 8, 2)], t[slice(None, None, -3)], t[slice(4)])
print(len(s), len(""), len(t[::2]))
word = "racecar"
print(word == word[::-1], "python" == "python"[::-1])
u = "héllo wörld ✓"
print(len(u), u[1], u[-1], u[::-1], u[6:11])
print(u.upper(), u.title())
print(ord("A"), ord("é"), ord("✓"), chr(97), chr(233), chr(10003), chr(0x1F600))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print(s[0:5:1] + s[5:], "ab"[1:] * 3)
idx = 0
out = []
while idx < len(t):
    out.append(t[idx])
    idx += 4
print(out)
print(list("abc"), tuple("xy"), sorted("banana"), set("aab") == {"a", "b"})
