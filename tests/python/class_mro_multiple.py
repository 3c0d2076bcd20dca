# Multiple inheritance, MRO, cooperative super()
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print([k.__name__ for k in D.__mro__])
print(D().who())
class E(C, B):
    pass
print([k.__name__ for k in E.__mro__], E().who())
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])
print([k.__name__ for k in M.mro()])
class Base:
    def __init__(self, **kw):
        self.trace = ["Base"]
        if kw:
            self.trace.append("leftover:" + ",".join(sorted(kw)))
class Left(Base):
    def __init__(self, left=None, **kw):
        super().__init__(**kw)
        self.trace.append("Left(" + str(left) + ")")
class Right(Base):
    def __init__(self, right=None, **kw):
        super().__init__(**kw)
        self.trace.append("Right(" + str(right) + ")")
class Both(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trace.append("Both")
print(Both(left=1, right=2).trace)
print(Both(left=1, right=2, extra=3).trace)
class Mixin:
    def greet(self):
        return "mixin greets " + self.name()
class Named:
    def name(self):
        return "named"
class Combined(Mixin, Named):
    pass
print(Combined().greet())
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class P:
    attr = "P"
class Q(P):
    pass
class R(P):
    attr = "R"
class S(Q, R):
    pass
print(S.attr, [k.__name__ for k in S.__mro__])
print(issubclass(D, A), issubclass(D, C), isinstance(D(), B), D.__bases__)
print(super(B, D()).who(), super(C, D()).who())
