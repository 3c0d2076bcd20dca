class A:
    def __eq__(self, other):
        print("A.__eq__"); return NotImplemented
class B:
    def __eq__(self, other):
        print("B.__eq__"); return NotImplemented
    def __ne__(self, other):
        print("B.__ne__"); return "B-ne"
print(A() != B())
print(B() != A())
class C:
    def __eq__(self, o): print("C.__eq__"); return True
print(C() != C())
print(object.__ne__(C(), C()))
class D:
    def __ne__(self, o): print("D.__ne__"); return NotImplemented
print(D() != D())
class E(int):
    def __eq__(self, o): print("E.__eq__"); return NotImplemented
print(E(1) != 1, 1 != E(1))
