# sys.argv and basic sys functions
import sys
print(type(sys.argv).__name__, len(sys.argv))
print(sys.argv[0])
print(sys.argv[0].endswith(".py"), sys.argv[1:])
args = sys.argv[1:]
if not args:
    print("no arguments given; using defaults")
    args = ["--verbose", "input.txt", "-n", "3"]
opts = {}
positional = []
i = 0
while i < len(args):
    a = args[i]
    if a == "-n":
        opts["n"] = int(args[i + 1])
        i += 2
        continue
    if a.startswith("--"):
        opts[a[2:]] = True
    else:
        positional.append(a)
    i += 1
print(sorted(opts.items()), positional)
sys.argv.append("extra")
print(sys.argv[-1], len(sys.argv))
print(sys.getrecursionlimit())
print(callable(sys.exit), callable(sys.setrecursionlimit))
name = sys.argv[0].rsplit("/", 1)[-1]
print(name.split(".")[0].upper())
