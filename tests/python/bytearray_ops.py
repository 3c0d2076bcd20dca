# bytearray operators, shared bytes methods returning bytearray, comparisons
ba = bytearray(b"Hello")
print(ba + b"!", b"!" + ba, ba + ba, ba * 2, 2 * ba, ba * 0, ba * -3, type(b"x" + ba).__name__)
print(ba == b"Hello", b"Hello" == ba, ba != bytearray(b"hello"), ba < b"Help", ba > bytearray(b"Hell"), ba <= ba)
print(ba == "Hello", bytearray() == b"", bytearray(b"a") < bytearray(b"ab"))
x = bytearray(b"ab")
x += b"cd"
print(x)
x += bytearray(b"ef")
print(x)
x *= 2
print(x)
x *= 0
print(x, len(x))
y = bytearray(b"keep")
print(y.__iadd__(b"!"), y.__imul__(2), y)
for name in ["upper", "lower", "title", "swapcase", "capitalize", "strip", "lstrip", "rstrip", "expandtabs"]:
    r = getattr(bytearray(b" mIx\tcase "), name)()
    print(name, type(r).__name__, r)
print(bytearray(b"a,b").split(b","), bytearray(b"a b").rsplit(), bytearray(b"x\ny").splitlines())
print(bytearray(b"k=v").partition(b"="), bytearray(b"k=v").rpartition(b"x"))
print(bytearray(b"abc").center(7), bytearray(b"7").zfill(3), bytearray(b"-").join([b"a", b"b"]))
print(bytearray(b"abc").replace(b"b", b"B"), bytearray(b"abc").translate(None, b"b"), bytearray(b"ab").hex(":"))
print(bytearray(b"abc").decode(), bytearray(b"\xe2\x82\xac").decode("utf-8"), str(bytearray(b"q")), repr(bytearray(b"'\"")))
print(list(bytearray(b"xyz")), [c for c in bytearray(b"\x00\xff")], sorted(bytearray(b"cab")), sum(bytearray(b"\x01\x02")))
print(len(bytearray(10)), bytearray(b"abc")[::-1], max(bytearray(b"az")), min(bytearray(b"az")))
print(bytes(bytearray(b"round")), bytearray(bytes(b"trip")), bytearray(b"x") in [b"x"], b"x" in [bytearray(b"x")])
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
t("add str", lambda: bytearray(b"a") + "b")
t("add int", lambda: b"a" + 1)
t("add list", lambda: b"a" + [1])
t("mul float", lambda: bytearray(b"a") * 1.5)
t("iadd str", lambda: bytearray(b"a").__iadd__("b"))
t("mod", lambda: b"%s-%d" % (b"x", 3))
print(bytearray(b"ab") * True, b"ab" * False, bytearray.fromhex("ff00"), bytearray(b"z").isalpha())
