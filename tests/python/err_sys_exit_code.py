# sys.exit with an integer status
import sys
def finish(errors):
    print("errors:", errors)
    if errors:
        sys.exit(len(errors))
    print("clean")
finish([])
try:
    finish(["a"])
except SystemExit as e:
    print("intercepted SystemExit", e.code)
finish(["a", "b", "c"])
print("unreachable")
