# list methods
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5)
print(a)
a.extend([3, 5])
print(a, len(a))
a.insert(0, 100)
a.insert(-1, 200)
a.insert(100, 300)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.count(5), a.count(1), a.count(42), a.index(5), a.index(5, 5))
a.reverse()
print(a)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
b = a.copy()
b.append(-1)
print(a is b, len(a), len(b))
b.clear()
print(b, a[:3])
words = ["pear", "Fig", "apple", "kiwi", "Banana"]
words.sort(key=len)
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=lambda w: (-len(w), w))
print(words)
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].index(2)
except ValueError as e:
    print("ValueError:", e)
x = [1, 2, 3]
x += [4]
x *= 2
print(x)
x.extend(range(3))
x.extend("ab")
print(x)
stack = []
for i in range(5):
    stack.append(i * i)
while stack:
    print("pop", stack.pop(), end="; ")
print()
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, reverse=True))
