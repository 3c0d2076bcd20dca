# slice objects and __getitem__ receiving slices
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(5).start, slice(5).stop, slice(None, None, -1))
data = list(range(20))
print(data[s], data[slice(None, 5)], data[slice(-5, None)], data[slice(None, None, -4)])
print("abcdefgh"[slice(2, 6)], (1, 2, 3, 4)[slice(1, None, 2)])
print(s.indices(5), slice(None, None, -1).indices(10), slice(-3, None).indices(10), slice(0, 100, 3).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Recorder:
    def __getitem__(self, key):
        return ("got", key)
r = Recorder()
print(r[1])
print(r[1:2])
print(r[::2])
print(r[1:2, 3])
print(r[..., 0])
print(r["k"])
print(r[:, :])
class Seq:
    def __init__(self, n):
        self.items = [i * 10 for i in range(n)]
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self.items))
            return [self.items[j] for j in range(start, stop, step)]
        return self.items[i]
q = Seq(8)
print(q[2], q[-1], q[1:4], q[::3], q[::-2], len(q))
print(list(q), 30 in q, 35 in q)
print(Ellipsis, ... is Ellipsis, type(...).__name__)
