# SystemExit semantics: codes, catching, finally, exit(0)
import sys
def try_exit(arg):
    try:
        if arg == "noarg":
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        return (type(e.code).__name__, e.code, e.args)
for arg in ["noarg", 0, 1, 42, "text", None, [1, 2]]:
    print(repr(arg), try_exit(arg))
def with_finally():
    try:
        sys.exit(5)
    finally:
        print("finally ran during sys.exit")
try:
    with_finally()
except SystemExit as e:
    print("code", e.code)
try:
    raise SystemExit("a", "b")
except SystemExit as e:
    print(e.code, e.args)
print(isinstance(SystemExit(), Exception), isinstance(SystemExit(), BaseException))
try:
    try:
        sys.exit(9)
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)
print("exiting with 0 now")
sys.exit(0)
print("unreachable")
