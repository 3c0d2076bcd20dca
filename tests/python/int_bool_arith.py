# bool is an int subclass: arithmetic, counting, indexing
print(True + True, True * 3, False * 10, True / 2, True // 1, -True, ~True, True ** 5)
print(sum([True, False, True, True]), sum(x > 2 for x in range(6)), [10, 20][True], "ab"[False])
print(int(True), float(False), str(True), repr(False), bool("False"), bool(0.0))
print(True == 1, False == 0, True > False, max(True, 0), min(False, -1))
print(isinstance(True, int), type(True + 1).__name__, type(True & True).__name__, type(True + True).__name__)
print(True & False, True | False, True ^ True, not True, True and 5, False or 7)
print(hash(True) == hash(1), {True: "a", 1: "b"}, {0, False, 0.0})
print(divmod(True, True), abs(-True), round(True), pow(True, 10))
counts = {True: 0, False: 0}
for n in range(10):
    counts[n % 3 == 0] += 1
print(counts)
print(f"{True:d} {False:5} {True!r}", "%d %s" % (True, False), format(True, "^6"))
flags = [n % 2 == 0 for n in range(6)]
print(flags, flags.count(True), flags.index(False), any(flags), all(flags))
print(bool([]), bool(()), bool(""), bool({}), bool(set()), bool(None), bool(0j))
print(True.__class__.__name__, bool.__bases__, True.real, True.numerator, (5 > 3) + (2 > 1))
