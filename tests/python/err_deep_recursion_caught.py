# RecursionError caught; then an uncaught error at shallow depth
import sys
def f():
    return f()
try:
    f()
except RecursionError as e:
    print("RecursionError:", e)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(100))
print(sys.getrecursionlimit())
def fail_at(n):
    if n == 0:
        raise OverflowError("bottom reached")
    return fail_at(n - 1)
fail_at(3)
