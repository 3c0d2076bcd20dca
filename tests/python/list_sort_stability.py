# Sort stability, key functions, reverse stability, sorting mixed records
records = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1), ("c", 2)]
by_second = sorted(records, key=lambda r: r[1])
print(by_second)
by_first_then_second = sorted(sorted(records, key=lambda r: r[1]), key=lambda r: r[0])
print(by_first_then_second)
print(sorted(records, key=lambda r: r[1], reverse=True))
data = [3, 1, 2]
data.sort(key=lambda x: 0)
print(data)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (w.lower(), w)))
print(sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n < 0, abs(n))))
print(sorted(nums, key=lambda n: -n) == sorted(nums, reverse=True))
students = [{"name": "ann", "grade": 90, "age": 20}, {"name": "bob", "grade": 85, "age": 22},
            {"name": "cy", "grade": 90, "age": 19}, {"name": "dee", "grade": 85, "age": 21}]
for s in sorted(students, key=lambda s: (-s["grade"], s["age"])):
    print(s["name"], s["grade"], s["age"])
keys_called = []
def key(x):
    keys_called.append(x)
    return -x
print(sorted([3, 1, 2], key=key), keys_called)
lst = [[3, "c"], [1, "a"], [2, "b"]]
lst.sort()
print(lst)
lst.sort(key=lambda p: p[1], reverse=True)
print(lst)
try:
    [3, "a", 1].sort()
except TypeError as e:
    print("TypeError:", e)
print(sorted([[1, 2], [1], [0, 9], []]), sorted([(2, "a"), (1, "b"), (2, "A")]))
print(sorted("hello world"), sorted({"b": 1, "a": 2}.items()), sorted(range(5), reverse=True))
big = [(i * 7919) % 101 for i in range(30)]
print(sorted(big)[:10], sorted(big)[-5:], big == sorted(big))
