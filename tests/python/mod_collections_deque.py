from collections import deque

d = deque()
print(d, len(d), bool(d))
d.append(1); d.append(2); d.appendleft(0)
print(d, len(d), d[0], d[-1], 1 in d, 5 in d)
d.extend([3, 4]); d.extendleft('ab')
print(d)
print(d.pop(), d.popleft(), d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); print(d)
print(d.count(1), d.index(2), d.index(2, 1))
d.insert(1, 'ins'); print(d)
d.remove('ins'); print(d)
d.reverse(); print(d)
d[0] = 'first'; print(d)
del d[1]; print(d)
print(list(reversed(d)), list(d))
d.clear(); print(d)

m = deque([1, 2, 3], maxlen=3)
print(m, m.maxlen)
m.append(4); print(m)
m.appendleft(0); print(m)
m.extend([7, 8]); print(m)
m.extendleft([9]); print(m)
print(deque(range(10), maxlen=4), deque('abc', 0), deque(maxlen=2))
try:
    m.insert(0, 'x')
except IndexError as e:
    print("IndexError:", e)
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1]).remove(2), lambda: deque([1]).index(7),
            lambda: deque([1], maxlen=-1), lambda: deque([1])['a']]:
    try:
        bad()
    except Exception as e:
        # 3.8's deque.remove message; later versions name the value.
        msg = "deque.remove(x): x not in deque" if str(e) == "2 is not in deque" else str(e)
        print(type(e).__name__ + ":", msg)

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) != deque([2]))
print(deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque('a'))
e = deque([1])
e += [2, 3]
print(e)
e *= 2
print(e)
c = e.copy()
c.append(9)
print(e, c, c.maxlen, deque(c, maxlen=2).copy())
r = deque([1])
r.append(r)
print(r)
print(deque.__hash__)
try:
    for x in d2 if False else deque([1, 2]):
        pass
    dd = deque([1, 2, 3])
    for x in dd:
        dd.append(x)
except RuntimeError as e3:
    print("RuntimeError:", e3)

class MyDeque(deque):
    pass
md = MyDeque([1, 2], 5)
print(md, type(md).__name__, md.maxlen, isinstance(md, deque))
q = deque()
for i in range(5):
    q.append(i)
out = []
while q:
    out.append(q.popleft())
print(out)
