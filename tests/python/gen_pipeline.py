# Generator pipelines and lazy evaluation
def numbers():
    n = 0
    while True:
        print("  produce", n)
        yield n
        n += 1
def squares(it):
    for x in it:
        yield x * x
def only_odd(it):
    for x in it:
        if x % 2:
            yield x
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(3, only_odd(squares(numbers())))))
def read_records(text):
    for line in text.splitlines():
        yield line
def parse(lines):
    for line in lines:
        name, score = line.split(":")
        yield name.strip(), int(score)
def top(records, threshold):
    for name, score in records:
        if score >= threshold:
            yield name
text = "ann: 90\nbob: 72\ncy: 85\ndee: 60\neve: 99"
print(list(top(parse(read_records(text)), 80)))
def window(seq, n):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(6), 3)))
def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_sum([3, 1, 4, 1, 5, 9, 2, 6])))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", [1, 2], range(10, 14))))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
p = primes()
print([next(p) for _ in range(20)])
def groupby_key(items, key):
    cur_key = object()
    group = []
    for it in items:
        k = key(it)
        if group and k != cur_key:
            yield cur_key, group
            group = []
        cur_key = k
        group.append(it)
    if group:
        yield cur_key, group
print(list(groupby_key([1, 3, 2, 4, 5, 7, 6], lambda x: x % 2)))
g1 = (x for x in range(3))
g2 = (x * 10 for x in g1)
print(next(g2), list(g1), list(g2))
