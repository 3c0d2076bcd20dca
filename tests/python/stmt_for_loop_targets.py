# for loop targets: attributes, subscripts, tuples; loop variable after loop
class Holder:
    pass
h = Holder()
for h.value in range(3):
    pass
print(h.value)
d = {}
for d["key"] in "xyz":
    pass
print(d)
lst = [0, 0, 0]
for i, lst[i] in enumerate("abc"):
    pass
print(lst)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    pass
print(a, b, c)
for x in range(3):
    x = x * 100
print(x)
items = [1, 2, 3]
for it in items:
    it += 10
print(items)
for idx in range(len(items)):
    items[idx] += 10
print(items)
n = 0
for n in []:
    pass
print(n)
for k in {"b": 1, "a": 2}:
    print("key", k)
for ch in "hi":
    for ch2 in "yo":
        pass
print(ch, ch2)
words = ["a", "bb", "ccc"]
for i in range(len(words) - 1, -1, -1):
    if len(words[i]) == 2:
        del words[i]
print(words)
result = []
for i in range(3):
    for j in range(3):
        if (i + j) % 2:
            continue
        result.append((i, j))
print(result)
for _ in range(2):
    print("underscore loop", _)
count = 0
for count, _ in enumerate("abcd", 1):
    pass
print(count)
