# while loops: counters, sentinels, nested, infinite-with-break
n = 27
steps = 0
seq = [n]
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    seq.append(n)
    steps += 1
print("collatz 27 steps:", steps, "max:", max(seq), "first:", seq[:8])
a, b = 1071, 462
while b:
    a, b = b, a % b
print("gcd", a)
digits = []
x = 9876543210
while x:
    x, d = divmod(x, 10)
    digits.append(d)
print(digits, sum(digits))
i = 0
while i < 3:
    j = 0
    while j < 3:
        if j > i:
            break
        print(i, j, end="; ")
        j += 1
    i += 1
print()
lo, hi = 0, 1000
target = 737
guesses = 0
while lo <= hi:
    mid = (lo + hi) // 2
    guesses += 1
    if mid == target:
        break
    if mid < target:
        lo = mid + 1
    else:
        hi = mid - 1
print("found", mid, "in", guesses, "guesses")
stack = [10]
out = []
while stack:
    v = stack.pop()
    out.append(v)
    if v > 1:
        stack.extend([v // 2, v // 3] if v // 3 else [v // 2])
print(out)
bal = 1000.0
years = 0
while bal < 2000:
    bal *= 1.07
    years += 1
print(years, round(bal, 2))
count = 0
while True:
    count += 1
    if count % 7 == 0 and count % 5 == 0:
        break
print("first multiple of 35:", count)
s = "  x  "
while s.startswith(" "):
    s = s[1:]
print(repr(s))
total = 0
k = 10
while k := k - 1:
    total += k
print(total, k)
