# str.format: field parsing, nested specs with automatic numbering, conversions, errors
class P:
    def __init__(self):
        self.x = 3
        self.items = [10, 20]
    def __repr__(self):
        return "P()"
    def __format__(self, spec):
        return "P<" + spec + ">"

print("{:>{}}|{:<{}}|".format("r", 4, "l", 4))
print("{:{}{}{}}".format("mid", "~", "^", 9))
print("{0:{1}}|{0:{2}}".format(3.14159, ".2f", "8.3e"))
print("{:{w}.{p}f}".format(2.71828, w=10, p=3))
print("{!r:>8}|{!s:^8}|{!a:<8}|".format("é", "b", "ü"))
print("{0!r:}|{0!s}".format(P()))
print("{p.x} {p.items[1]} {d[key]} {d[1]}".format(p=P(), d={"key": "v", 1: "one"}))
print("{0[0]}{0[1]}".format("ab"), "{:%}".format(0.25), "{:,}".format(1234567))
print("{{}} {{{0}}}".format(5), "{:c}".format(65), "{:#x}".format(255))
print("{:{}}".format(P(), ">5"))
print("{0}{1}{0}".format("a", "b"), "{}{}".format(*"xy"))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class Missing(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a}-{zz}".format_map(Missing(a=1)))
print(format("x", "^5"), format(5, "03"), format(True, ""), format(True, "d"), format(1.5, ""))

def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("manual then auto", lambda: "{0}{}".format(1, 2))
attempt("auto then manual", lambda: "{}{0}".format(1, 2))
attempt("single open", lambda: "{".format())
attempt("single close", lambda: "}".format())
attempt("close after field", lambda: "{0}}".format(1))
attempt("bad conversion", lambda: "{0!x}".format(1))
attempt("conv then junk", lambda: "{0!rr}".format(1))
attempt("end in conv", lambda: "{0!".format(1))
attempt("unterminated spec", lambda: "{0:".format(1))
attempt("unterminated name", lambda: "{0".format(1))
attempt("empty attr", lambda: "{a.}".format(a=1))
attempt("empty index", lambda: "{0[]}".format([1]))
attempt("missing kw", lambda: "{nope}".format())
attempt("index out of range", lambda: "{1}".format(0))
attempt("auto out of range", lambda: "{:>{}}".format("a"))
attempt("str with d", lambda: "{:d}".format("a"))
attempt("int with s", lambda: "{:s}".format(1))
attempt("missing attr", lambda: "{0.nope}".format(1))
attempt("nested bad", lambda: "{0:{1}}".format(1, "{"))
attempt("format_map non-mapping", lambda: "{a}".format_map(5))
