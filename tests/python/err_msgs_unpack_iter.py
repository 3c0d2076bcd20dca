# Messages for unpacking, iteration and generators
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
def unpack2(seq):
    a, b = seq
    return a, b
def unpack3(seq):
    a, b, c = seq
    return a, b, c
def unpack_star(seq):
    a, b, *c, d = seq
    return a, b, c, d
attempt("2 from 3", lambda: unpack2([1, 2, 3]))
attempt("2 from 1", lambda: unpack2([1]))
attempt("2 from 0", lambda: unpack2([]))
attempt("3 from 2", lambda: unpack3((1, 2)))
attempt("3 from str4", lambda: unpack3("abcd"))
attempt("2 from int", lambda: unpack2(5))
attempt("2 from None", lambda: unpack2(None))
attempt("star from 2", lambda: unpack_star([1, 2]))
attempt("star from 3", lambda: unpack_star([1, 2, 3]))
attempt("star from 5", lambda: unpack_star(range(5)))
attempt("2 from dict", lambda: unpack2({"x": 1, "y": 2}))
attempt("2 from gen", lambda: unpack2(i for i in range(4)))
attempt("for over int", lambda: [x for x in 10])
attempt("for over None", lambda: [x for x in None])
attempt("next on exhausted", lambda: next(iter([])))
attempt("next default", lambda: next(iter([]), "dflt"))
def gen():
    yield 1
g = gen()
next(g)
attempt("gen exhausted", lambda: next(g))
attempt("send non-None", lambda: gen().send(1))
attempt("zip non-iterable", lambda: list(zip([1], 2)))
attempt("map non-callable", lambda: list(map(5, [1])))
attempt("enumerate int", lambda: enumerate(3))
attempt("sum strs", lambda: sum(["a"], ""))
attempt("dict update bad", lambda: {}.update([1]))
attempt("star assign to many", lambda: unpack_star("abc"))
attempt("ok", lambda: unpack_star("abcdef"))
