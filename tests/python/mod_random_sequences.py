# shuffle, sample and choices.
import random

random.seed(42)
x = list(range(10))
random.shuffle(x)
print(x)
random.shuffle(x)
print(x)
s = list("abcdefghijklmnop")
random.shuffle(s)
print("".join(s))
e = []
random.shuffle(e)
one = [1]
random.shuffle(one)
print(e, one)

# sample: a pool copy for small populations, a set of indices for large.
r = random.Random(0)
print(r.sample(range(10), 3))
print(r.sample(range(10), 10))
print(r.sample(range(100), 5))
print(r.sample(range(1000), 6))
print(r.sample(range(30), 6))
print(r.sample(range(10**9), 5))
print(r.sample(list("abcdefghijklmnopqrstuvwxyz"), 8))
print(r.sample(("a", "b", "c"), 0))
print(r.sample("hello world", 4))
print(r.sample(range(100), 25))
print(r.sample(range(40), 20))
print(sorted(r.sample(range(50), 50)) == list(range(50)))

# choices: unweighted, weighted, cumulative weights.
r = random.Random(5)
print(r.choices("abc", k=10))
print(r.choices(["red", "green", "blue"], [18, 18, 2], k=10))
print(r.choices(range(5), cum_weights=[1, 2, 3, 10, 20], k=10))
print(r.choices([1, 2, 3], weights=[0.1, 0.2, 0.7], k=8))
print(r.choices("xy"))
print(r.choices([1, 2, 3], [1, 1, 1], k=0))
print(r.choices("abcd", weights=(1, 0, 0, 1), k=10))
print(r.choices([10, 20], [1.5, 2], k=6))

# The same seed gives the same shuffle on an instance and the module.
random.seed(9)
a = list(range(20))
random.shuffle(a)
r = random.Random(9)
b = list(range(20))
r.shuffle(b)
print(a == b, a)
