# More generator behaviors: recursion, state inspection, generator as coroutine-like consumer
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
print([("".join(p)) for p in permutations("abc")])
print(sum(1 for _ in permutations(list(range(5)))))
def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], k - 1):
            yield (items[i],) + rest
print(list(combinations("abcd", 2)), len(list(combinations(range(10), 3))))
def product(*seqs):
    if not seqs:
        yield ()
        return
    for x in seqs[0]:
        for rest in product(*seqs[1:]):
            yield (x,) + rest
print(list(product("ab", [1, 2], "xy"))[:5], len(list(product(range(3), range(3), range(3)))))
def chunked(it, n):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunked(range(10), 3)), list(chunked([], 2)))
def accumulate(it, func=lambda a, b: a + b):
    it = iter(it)
    try:
        total = next(it)
    except StopIteration:
        return
    yield total
    for x in it:
        total = func(total, x)
        yield total
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([])))
def count(start=0, step=1):
    while True:
        yield start
        start += step
def islice(it, n):
    for i, x in enumerate(it):
        if i >= n:
            break
        yield x
print(list(islice(count(10, 5), 4)), list(islice(count(), 0)), list(zip(count(1), "abc")))
def zip_longest(*its, fill=None):
    its = [iter(i) for i in its]
    while True:
        row, alive = [], False
        for it in its:
            try:
                row.append(next(it))
                alive = True
            except StopIteration:
                row.append(fill)
        if not alive:
            return
        yield tuple(row)
print(list(zip_longest("abc", [1], fill="-")))
def dedupe(items, key=None):
    seen = set()
    for it in items:
        k = it if key is None else key(it)
        if k not in seen:
            seen.add(k)
            yield it
print(list(dedupe([1, 5, 2, 1, 9, 1, 5, 10])), list(dedupe(["a", "B", "b", "A"], key=str.lower)))
g = (x for x in range(3))
print(g.gi_running, next(g), list(g))
def gen_with_return_in_loop():
    for i in range(10):
        if i == 3:
            return i * 100
        yield i
out = []
gr = gen_with_return_in_loop()
while True:
    try:
        out.append(next(gr))
    except StopIteration as e:
        out.append(("ret", e.value))
        break
print(out)
