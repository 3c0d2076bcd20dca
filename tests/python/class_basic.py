# Classes: attributes, methods, __init__, instance vs class attributes
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(1, 2)
q = Point(4, 6)
print(p.x, p.y, q.x, q.y, p.dist2(q), Point.dist2(p, q))
p.move(1, 1).move(2, 2)
print(p.x, p.y)
print(p.dims, Point.dims, q.dims)
p.dims = 3
print(p.dims, Point.dims, q.dims)
Point.dims = 4
print(p.dims, Point.dims, q.dims)
del p.dims
print(p.dims)
print(sorted(p.__dict__.items()), "dims" in Point.__dict__)
p.z = 10
print(p.z, hasattr(q, "z"))
print(type(p).__name__, type(p) is Point, isinstance(p, Point), p.__class__.__name__)
m = p.move
print(m(0, -1).y, m.__self__ is p, m.__func__ is Point.move)
class Empty:
    pass
e = Empty()
e.a = 1
e.b = [2]
print(vars(e))
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        return self._items.pop()
    def peek(self):
        return self._items[-1] if self._items else None
    def size(self):
        return len(self._items)
s = Stack()
for ch in "abc":
    s.push(ch)
print(s.size(), s.peek(), s.pop(), s.pop(), s.size(), s.peek())
class BankAccount:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amt):
        self.balance += amt
        self.history.append(("dep", amt))
    def withdraw(self, amt):
        if amt > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amt
        self.history.append(("wd", amt))
    def apply_interest(self):
        self.balance = round(self.balance * (1 + self.interest), 2)
acct = BankAccount("ann", 100)
acct.deposit(50)
acct.withdraw(30)
try:
    acct.withdraw(1000)
except ValueError as e:
    print("error:", e)
acct.apply_interest()
print(acct.owner, acct.balance, acct.history)
def method_outside(self):
    return "bound " + self.owner
BankAccount.describe = method_outside
print(acct.describe())
print(Point.__name__, Point.__qualname__, Point.__module__, callable(Point))
