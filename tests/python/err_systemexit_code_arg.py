# raise SystemExit(n) from inside nested functions and with-blocks
class Ctx:
    def __enter__(self):
        print("enter")
    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__, ev.code)
        return False
def inner():
    with Ctx():
        raise SystemExit(4)
def outer():
    try:
        inner()
    except Exception:
        print("Exception does not catch SystemExit")
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
outer()
