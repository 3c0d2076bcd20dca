# min, max, sum, abs, divmod, pow, round, any, all
nums = [5, -3, 8, 0, 12, -7]
print(min(nums), max(nums), sum(nums), sum(nums, 100), sum([0.5, 0.25]), sum(range(5), -10))
print(min(3, 1, 2), max("apple", "pear", "fig"), max("apple", "pear", "fig", key=len), min([[2], [1, 5]]))
print(max([], default="empty"), min((), default=None), max([1], default=0))
print(min(nums, key=abs), max(nums, key=lambda x: x % 5), max([(1, "b"), (1, "a")]))
print(max([3, 3.0]), max([3.0, 3]), min([1, True]), max(True, 1))
print(abs(-5), abs(5.5), abs(-0.0), abs(True), abs(-(10 ** 20)))
print(divmod(100, 7), divmod(-100, 7), divmod(7.5, 2), pow(2, 8), pow(2, 8, 10), pow(9, 0.5))
print(any(x > 10 for x in nums), all(x > -10 for x in nums), any([]), all([]), any([0, "", None]), all(["a", 1]))
print(round(3.14159, 2), round(-2.5), round(2.5), round(3.5), round(12345, -3))
def avg(*xs):
    return sum(xs) / len(xs) if xs else None
print(avg(1, 2, 3, 4), avg())
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
checked = []
def check(x):
    checked.append(x)
    return x > 2
print(any(check(x) for x in [1, 2, 3, 4, 5]), checked)
checked.clear()
print(all(check(x) for x in [3, 4, 1, 5]), checked)
print(hash(42), hash(-1), hash(0), hash(True), abs(hash(10 ** 30)) < 2 ** 63)
print(bin(10), oct(10), hex(10), chr(66), ord("B"), int("0b11", 2) if False else int("11", 2))
