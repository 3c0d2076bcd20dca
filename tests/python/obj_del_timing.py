class Foo:
    count = 0
    def __init__(self): Foo.count += 1
    def __del__(self): Foo.count -= 1
def f1():
    x = Foo()
    def f2(): return x
    f2()
f1()
print(Foo.count)
def f3():
    x = Foo()
    def f2(): return x
f3()
print(Foo.count)
def f4():
    x = Foo()
    return 1
f4()
print(Foo.count)
print(bool(0), bool())
for args, kw in [((42, 42), {}), ((), {"x": 10})]:
    try:
        bool(*args, **kw)
    except TypeError as e:
        print(e)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = Noisy("rebound")
a = None
print("after rebind")
Noisy("discarded")
print("after discard")


def scope():
    local = Noisy("local")
    print("in scope")


scope()
print("after return")
items = [Noisy("in-list")]
items.pop()
print("after pop")
