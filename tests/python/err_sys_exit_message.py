# sys.exit with a string message: printed to stderr, status 1
import sys
print("validating")
ok = all(x > 0 for x in [3, 2, -1])
if not ok:
    sys.exit("validation failed: negative value")
print("unreachable")
