# Scoping rules inside class bodies
x = "module"
class A:
    x = "class"
    y = x + "!"
    def method(self):
        return x
    z = [x for _ in range(2)]
print(A.y, A().method(), A.z)
class B:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    total = sum(items)
print(B.doubled, B.total)
def factory(v):
    class C:
        val = v
        def get(self):
            return v
    return C
C1 = factory(1)
C2 = factory(2)
print(C1.val, C2.val, C1().get(), C2().get())
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
a, b, c = Counter(), Counter(), Counter()
print(Counter.count, a.id, b.id, c.id)
class Shadow:
    count = 5
    def __init__(self):
        self.count += 1
s1 = Shadow()
s2 = Shadow()
print(Shadow.count, s1.count, s2.count)
def outer():
    val = "outer-local"
    class Inner:
        val = "class-level"
        def m(self):
            return val
        got = val
    return Inner().m(), Inner.got
print(outer())
class Ordered:
    b = 1
    a = 2
    def c(self):
        pass
print([k for k in Ordered.__dict__ if not k.startswith("__")])
class WithLoop:
    acc = []
    for i in range(3):
        acc.append(i * i)
    del i
print(WithLoop.acc, hasattr(WithLoop, "i"))
