# Passing generators and iterators to functions; single-pass behavior
def consume_twice(it):
    first = list(it)
    second = list(it)
    return first, second
print(consume_twice(x for x in range(3)))
print(consume_twice([1, 2]))
print(consume_twice(iter("ab")))
def stats(iterable):
    n = total = 0
    lo = hi = None
    for x in iterable:
        n += 1
        total += x
        lo = x if lo is None or x < lo else lo
        hi = x if hi is None or x > hi else hi
    return n, total, lo, hi
print(stats(x * x for x in range(-3, 4)), stats(range(0)), stats(iter([5])))
def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
def drop_while(pred, it):
    it = iter(it)
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it
data = [1, 3, 5, 6, 7, 9]
print(list(take_while(lambda v: v % 2, data)), list(drop_while(lambda v: v % 2, data)))
it = iter(range(10))
print(list(take_while(lambda v: v < 4, it)), list(it))
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x
print(list(pairwise("abcd")), list(pairwise([])), list(pairwise([1])))
print(sorted(x % 5 for x in range(12)), max((len(w), w) for w in "a bb ccc dd".split()))
print(dict((k, v) for k, v in zip("abc", range(3))), tuple(c for c in "xyz" if c != "y"))
print(sum(1 for _ in range(1000)), any(x > 998 for x in range(1000)), all(x < 1000 for x in range(1000)))
