# Miscellaneous runtime error messages
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
def reraise_nothing():
    raise
attempt("bare raise", reraise_nothing)
def raise_int():
    raise 5
attempt("raise int", raise_int)
def raise_instance_from_bad():
    raise ValueError("x") from 5
attempt("raise from int", raise_instance_from_bad)
attempt("del builtin attr", lambda: delattr([], "append"))
attempt("str.join non-iterable", lambda: ",".join(5))
attempt("dict.fromkeys non-iterable", lambda: dict.fromkeys(3))
attempt("list.sort key non-callable", lambda: [2, 1].sort(key=5))
attempt("zip strict-free", lambda: list(zip([1, 2], [3])))
attempt("int() bad base type", lambda: int("10", "2"))
attempt("int() base with non-str", lambda: int(10, 2))
attempt("float.fromhex bad", lambda: float.fromhex("zz"))
attempt("bytes from str no encoding", lambda: bytes("abc"))
attempt("str.encode bad codec", lambda: "a".encode("no-such-codec"))
attempt("range float", lambda: range(1.5))
attempt("slice step zero", lambda: [1, 2, 3][::0])
attempt("tuple() non-iterable", lambda: tuple(1))
attempt("set() non-iterable", lambda: set(1))
attempt("list.insert bad index", lambda: [].insert("a", 1))
attempt("str.center bad fill", lambda: "a".center(5, "ab"))
attempt("format bad spec", lambda: format(1, "q"))
attempt("format str with int spec", lambda: format("s", "d"))
attempt("unsupported format char", lambda: "%y" % 1)
attempt("isinstance bad arg 2", lambda: issubclass(1, int))
attempt("super outside class", lambda: super())
attempt("object() args", lambda: object(1))
attempt("next non-iterator", lambda: next(5))
attempt("ok", lambda: "fine")
