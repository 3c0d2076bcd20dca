from collections import Counter

c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], len(c), sorted(c))
print(c.most_common(3), c.most_common(0), c.most_common(-1))
print(c.most_common())
print(sorted(c.elements()))
print(list(Counter(a=2, b=0, c=-1, d=1).elements()))
print(Counter(), Counter({'x': 3, 'y': 1}), Counter(x=1, y=2))
print(Counter(['a', 'b', 'a'], ), Counter('aab', b=5) if False else Counter('aab'))

c2 = Counter(a=3, b=1)
c2.update('aab')
print(c2)
c2.update({'b': 10, 'z': 1})
print(c2)
c2.update(q=2)
print(c2)
c2.subtract('aaa')
print(c2)
c2.subtract({'z': 5})
print(c2)
c2.subtract(b=20)
print(c2)

x = Counter(a=3, b=1, c=-2)
y = Counter(a=1, b=2, d=4)
print(x + y)
print(x - y)
print(x | y)
print(x & y)
print(+x, -x)
z = Counter(a=1)
z += Counter(a=2, b=-1)
print(z)
z -= Counter(a=5)
print(z)
w = Counter(a=1, b=5)
w |= Counter(a=4, c=2)
print(w)
w &= Counter(a=2, b=1)
print(w)

del c['a']
del c['missing']
print(c)
print(isinstance(c, dict), c == {'b': 2, 'r': 2, 'c': 1, 'd': 1})
print(Counter('aab').copy(), type(Counter('a').copy()).__name__)
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Counter({'a': 1.5, 'b': 0.5}).most_common())
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(2))
print(sum(Counter(words).values()), list(Counter(words).keys()))
print(x + 1 if False else (x.__add__(1)))
try:
    x + 1
except TypeError as e:
    print("TypeError:", e)
