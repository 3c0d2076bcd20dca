# enumerate, zip, map, filter, reversed, sorted, iter/next
names = ["ann", "bob", "cy"]
ages = [30, 25, 41, 99]
print(list(enumerate(names)), list(enumerate(names, start=10)))
print(list(zip(names, ages)), list(zip()), list(zip("ab", range(5), [True, False, None])))
print(dict(zip(names, ages)))
print(list(map(len, names)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str.upper, names)))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(list(reversed(names)), list(reversed(range(4))), list(reversed((1, 2))))
print(sorted(ages), sorted(ages, reverse=True), sorted(names, key=len), sorted("cba"))
print(sorted([3, 1, 2], key=lambda x: -x), sorted([], reverse=True), sorted({3: 0, 1: 0}))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "done"))
m = map(lambda x: x * 10, range(3))
print(next(m), next(m), next(m), next(m, "stop"))
z = zip([1, 2], "ab")
print(next(z), list(z))
e = enumerate("xyz")
print(next(e), list(e))
pairs = [("a", 3), ("b", 1), ("c", 2)]
letters, nums = zip(*pairs)
print(letters, nums)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([list(col) for col in zip(*matrix)])
print(list(map(sum, matrix)), list(map(max, zip(*matrix))))
def gen():
    yield 3
    yield 1
    yield 2
print(sorted(gen()), list(enumerate(gen())), max(gen()), sum(gen()), list(zip(gen(), gen())))
print(list(iter([])), list(filter(str.isdigit, "a1b2c3")), "".join(map(str, range(5))))
calls = []
def sentinel_source():
    calls.append(1)
    return len(calls)
print(list(iter(sentinel_source, 4)))
