# for/else, while/else, break, continue, nested loops
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find([4, 5, 6], 5)
find([4, 5, 6], 9)
find([], 1)
n = 0
while n < 3:
    n += 1
else:
    print("while finished normally, n =", n)
n = 0
while True:
    n += 1
    if n == 4:
        break
else:
    print("never")
print("broke at", n)
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
else:
    print("no else because of break")
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if i + j == 3:
            break
        print(i, j)
    else:
        print("inner completed for i =", i)
primes = []
for cand in range(2, 30):
    for p in primes:
        if cand % p == 0:
            break
    else:
        primes.append(cand)
print(primes)
count = 0
while count < 10:
    count += 1
    if count % 3:
        continue
    print("multiple of 3:", count)
else:
    print("while else after continue-loop")
for x in []:
    print("never")
else:
    print("empty for runs else")
i = 10
while i:
    i //= 2
    print("i", i)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v * v > 10:
            found = v
            break
    if found:
        break
print("first with square > 10:", found)
total = 0
for k in range(100):
    if k > 10:
        break
    total += k
else:
    total = -1
print(total)
for ch in "abc":
    pass
print(ch)
items = [1, 2, 3]
for it in items:
    if it == 2:
        items.append(99) if len(items) < 5 else None
print(items)
