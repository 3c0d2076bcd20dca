# Assignment expressions (:=)
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
vals = [y for x in data if (y := x * 2) > 6]
print(vals, y)
i = 0
while (i := i + 1) < 5:
    print("loop", i)
print("after", i)
def f(x):
    return x * 10
results = [(v, r) for v in range(5) if (r := f(v)) % 20 == 0]
print(results)
print((a := 10) + a)
print(a)
total = 0
stack = [1, 2, 3, 4]
while stack and (top := stack.pop()) != 2:
    total += top
    print("popped", top)
print(total, top, stack)
def g():
    [(z := k) for k in range(3)]
    return z
print(g())
print([last := 0] + [last := last + j for j in range(5)])
print(last)
chunks = []
it = iter(range(10))
while (chunk := [c for _, c in zip(range(3), it)]):
    chunks.append(chunk)
print(chunks)
s = "hello world"
if (pos := s.find("o")) != -1:
    print("found at", pos, s[pos:])
print(any((w := word).startswith("w") for word in s.split()), w)
