# Compile-time SyntaxWarnings: calling/subscripting literals, "is" with a literal
x = 5
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("call int", lambda: 5())
attempt("call str", lambda: "abc"("x"))
attempt("call tuple", lambda: (1, 2)(3))
attempt("call list", lambda: [1, 2](0))
attempt("call dict", lambda: {}())
attempt("call set", lambda: {1}())
attempt("call listcomp", lambda: [i for i in "ab"]())
attempt("call genexp", lambda: (i for i in "ab")())
attempt("call fstring", lambda: f"{x}"())
attempt("call None", lambda: None())
attempt("call neg", lambda: -1())
attempt("subscript int", lambda: 5[0])
attempt("subscript None", lambda: None[0])
attempt("subscript set", lambda: {1}[0])
attempt("subscript float", lambda: 1.5[0])
attempt("subscript lambda", lambda: (lambda: 1)[0])
attempt("subscript True", lambda: True[0])
attempt("list str index", lambda: [1, 2]["a"])
attempt("tuple float index", lambda: (1, 2)[1.0])
attempt("str str index", lambda: "abc"["b"])
attempt("ok index", lambda: [1, 2][True])
attempt("ok slice", lambda: "abc"[1:])
attempt("ok dict", lambda: {"a": 1}["a"])
attempt("is int", lambda: x is 5)
attempt("is not str", lambda: x is not "a")
attempt("is tuple", lambda: x is ())
attempt("literal is", lambda: 1 is x)
attempt("is None", lambda: x is None)
attempt("is True", lambda: x is True)
attempt("is Ellipsis", lambda: x is ...)
attempt("chain", lambda: x < 10 is 5)
if 0:
    5()
while False:
    x is "dead"
print("done", x is 5, x is 5)
