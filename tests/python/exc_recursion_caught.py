# RecursionError is catchable; recursion limit adjustments
import sys
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print("caught", type(e).__name__, "|", e)
    print(isinstance(e, RuntimeError))
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion caught")
old = sys.getrecursionlimit()
print("limit", old)
def depth(n):
    return n if n == 0 else 1 + depth(n - 1)
print(depth(900))
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), depth(3000))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit())
try:
    depth(5000)
except RecursionError:
    print("too deep again after restoring limit")
def recover():
    try:
        return infinite(0)
    except RecursionError:
        return "recovered inside function"
print(recover())
print(depth(50))
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
chain = None
for _ in range(500):
    chain = Node(chain)
print(chain.length())
