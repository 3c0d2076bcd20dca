# sys.exit(2) from a nested function after finally blocks and with-exit run
import sys
class Guard:
    def __enter__(self):
        print("guard enter")
    def __exit__(self, et, ev, tb):
        print("guard exit", et.__name__)
def inner(flag):
    if flag:
        sys.exit(2)
def outer():
    try:
        with Guard():
            inner(True)
    finally:
        print("outer finally")
outer()
print("unreachable")
