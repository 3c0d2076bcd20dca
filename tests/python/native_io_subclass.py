# Subclassing io.StringIO / io.BytesIO and writing io.TextIOBase-style classes.
import io
import sys


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
print('shout', 'this', file=u)
u.writelines(['a\n', 'b\n'])
print(repr(u.getvalue()), isinstance(u, io.StringIO), isinstance(u, io.TextIOBase))


class Tee(io.TextIOBase):
    def __init__(self, *targets):
        self.targets = targets

    def write(self, s):
        for t in self.targets:
            t.write(s)
        return len(s)

    def writable(self):
        return True


one, two = io.StringIO(), io.StringIO()
tee = Tee(one, two)
print('to both', file=tee)
tee.write('direct\n')
print(one.getvalue() == two.getvalue(), repr(one.getvalue()), tee.writable(), tee.readable())
try:
    tee.read()
except io.UnsupportedOperation:
    print('read unsupported')

saved = sys.stdout
sys.stdout = Tee(saved, one)
print('seen twice')
sys.stdout = saved
print(repr(one.getvalue().splitlines()[-1]))


class Counting(io.BytesIO):
    def __init__(self, data=b''):
        super().__init__(data)
        self.reads = 0

    def read(self, size=-1):
        self.reads += 1
        return super().read(size)


c = Counting(b'abcdef')
print(c.read(2), c.read(), c.reads, c.getvalue())
with Counting(b'x') as cc:
    print(cc.read(), cc.closed)
print(cc.closed)
