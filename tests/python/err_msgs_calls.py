# Error messages for function calls (module-level functions only)
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
def one(x):
    return x
def two(a, b):
    return a + b
def three(a, b, c=3):
    return a + b + c
def kwo(*, key):
    return key
def none():
    return None
def varargs(a, *rest):
    return rest
def two_missing(p, q, r):
    return p
attempt("missing one", lambda: one())
attempt("too many", lambda: two(1, 2, 3))
attempt("too many defaults", lambda: three(1, 2, 3, 4))
attempt("missing with default", lambda: three(1))
attempt("missing two", lambda: two_missing(1))
attempt("missing three", lambda: two_missing())
attempt("unexpected kw", lambda: one(1, y=2))
attempt("multiple values", lambda: two(1, a=2))
attempt("kw-only missing", lambda: kwo())
attempt("kw-only positional", lambda: kwo(1))
attempt("none takes 0", lambda: none(1))
attempt("none takes 0 (2)", lambda: none(1, 2))
attempt("varargs missing", lambda: varargs())
attempt("int not callable", lambda: 5())
attempt("str not callable", lambda: "abc"())
attempt("dict not callable", lambda: {}())
attempt("None not callable", lambda: None())
attempt("list not callable", lambda: [1, 2](0))
attempt("len int", lambda: len(5))
attempt("len None", lambda: len(None))
attempt("len no args", lambda: len())
attempt("abs str", lambda: abs("x"))
attempt("iter int", lambda: iter(5))
attempt("next list", lambda: next([1]))
attempt("sorted mixed", lambda: sorted([1, "a"]))
attempt("chr big", lambda: chr(0x110000))
attempt("ord long", lambda: ord("ab"))
attempt("hash list", lambda: hash([]))
attempt("hash dict", lambda: hash({}))
attempt("ok", lambda: two(b=1, a=2))
