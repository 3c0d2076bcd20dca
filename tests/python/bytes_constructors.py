# bytes() and bytearray() constructor forms
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(bytes(), bytes(0), bytes(4), bytes([1, 2, 255]), bytes((65, 66)), bytes(range(3)), bytes(b"copy"))
print(bytes(bytearray(b"ba")), bytes("h\u00e9", "utf-8"), bytes("hi", "ascii"), bytes("\u00e9", encoding="latin-1"))
print(bytes(source=b"kw"), bytes("x", "utf-8", "strict"), bytes(iter([7, 8])), bytes(x for x in [9]), bytes(True))
print(bytearray(), bytearray(3), bytearray([0, 128]), bytearray(b"b"), bytearray("\u20ac", "utf-8"), bytearray(range(65, 68)))
print(bytearray(source=b"s"), bytearray(bytearray(b"dup")), bytearray({1: "a"}), bytes({5}))

class Idx:
    def __index__(self):
        return 3
print(bytes(Idx()), bytearray(Idx()))

class HasBytes:
    def __bytes__(self):
        return b"from __bytes__"
print(bytes(HasBytes()))

class Both:
    def __bytes__(self):
        return b"dunder"
    def __iter__(self):
        return iter([49, 50])
print(bytes(Both()), bytearray(Both()))

class BadBytes:
    def __bytes__(self):
        return "not bytes"
t("bad __bytes__", lambda: bytes(BadBytes()))
t("str no encoding", lambda: bytes("abc"))
t("int with encoding", lambda: bytes(5, "utf-8"))
t("errors only", lambda: bytes(b"x", errors="strict"))
t("encoding only", lambda: bytes(encoding="utf-8"))
t("negative", lambda: bytes(-1))
t("ba negative", lambda: bytearray(-2))
t("out of range", lambda: bytes([1, 256]))
t("ba out of range", lambda: bytearray([-1]))
t("str item", lambda: bytes(["a"]))
t("float", lambda: bytes(2.5))
t("ba float", lambda: bytearray(2.5))
t("none", lambda: bytes(None))
t("huge", lambda: bytes(10 ** 30))
t("bad encoding", lambda: bytes("x", "no-such-codec"))
t("encode error", lambda: bytes("\u00e9", "ascii"))
t("bad kw", lambda: bytes(b"x", bogus=1))
t("ba str", lambda: bytearray("abc"))

class MyBytes(bytes):
    pass
m = MyBytes(b"sub")
print(type(m).__name__, m, len(m), m.upper(), type(m.upper()).__name__, m == b"sub", isinstance(m, bytes))
class MyBA(bytearray):
    pass
mb = MyBA(b"sub")
mb.append(33)
print(type(mb).__name__, bytes(mb), len(mb), isinstance(mb, bytearray))
print(bytes.fromhex("41"), bytearray.fromhex("41 42"), type(bytearray.fromhex("")).__name__)
