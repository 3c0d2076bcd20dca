# __name__ == "__main__" and module-level flow
import sys
print(__name__)
print(type(__name__).__name__, __name__ == "__main__")
def main(argv):
    print("main called with", len(argv), "arg(s)")
    print("script name:", argv[0])
    return 0
calls = []
def helper():
    calls.append("helper")
    return len(calls)
if __name__ == "__main__":
    print("running as script")
    rc = main(sys.argv)
    print("rc =", rc)
    print(helper(), helper())
else:
    print("imported")
if __name__ != "__main__":
    print("not reached")
print("module level continues", calls)
print(sys.argv[1:], isinstance(sys.argv, list), len(sys.argv))
print(__doc__)
print("__builtins__" in dir(), "__name__" in globals())
