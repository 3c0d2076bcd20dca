# int.to_bytes / int.from_bytes
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for n in [0, 1, 127, 128, 255, 256, 65535, 65536, 2 ** 64 - 1, 2 ** 64, 10 ** 20]:
    size = max(1, (n.bit_length() + 7) // 8)
    print(n, n.to_bytes(size, "big"), n.to_bytes(size + 1, "little"), n.to_bytes(size + 1, byteorder="big", signed=True))
for n in [-1, -2, -127, -128, -129, -256, -32768, -(2 ** 63), -(10 ** 20)]:
    size = (n + 1).bit_length() // 8 + 1
    print(n, n.to_bytes(size, "big", signed=True), n.to_bytes(size + 1, "little", signed=True))
print((0).to_bytes(0, "big"), (0).to_bytes(0, "big", signed=True), (-1).to_bytes(0, "little", signed=True))
print(True.to_bytes(2, "big"), (5).to_bytes(length=3, byteorder="little"), (1).to_bytes(1, "big", signed=False))
t("too big", lambda: (256).to_bytes(1, "big"))
t("too big signed", lambda: (128).to_bytes(1, "big", signed=True))
t("too small signed", lambda: (-129).to_bytes(1, "little", signed=True))
t("negative unsigned", lambda: (-1).to_bytes(4, "big"))
t("zero length", lambda: (1).to_bytes(0, "big"))
t("neg zero length", lambda: (-2).to_bytes(0, "big", signed=True))
t("negative length", lambda: (1).to_bytes(-1, "big"))
t("bad order", lambda: (1).to_bytes(1, "mid"))
t("order type", lambda: (1).to_bytes(1, 5))
t("bad kw", lambda: (1).to_bytes(1, "big", sign=True))
for data in [b"", b"\x00", b"\x01", b"\x7f", b"\x80", b"\xff", b"\x01\x00", b"\x00\x01", b"\xff\xfe", b"\x12\x34\x56\x78\x9a\xbc\xde\xf0\x11"]:
    print(data, int.from_bytes(data, "big"), int.from_bytes(data, "little"),
          int.from_bytes(data, "big", signed=True), int.from_bytes(data, byteorder="little", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01\x00"), "little"), int.from_bytes((255,), "big", signed=True))
print(int.from_bytes(iter([0, 1]), "big"), int.from_bytes(bytes=b"\x02", byteorder="big"), bool.from_bytes(b"\x00", "big"), bool.from_bytes(b"\x05", "big"))
class MyInt(int):
    pass
v = MyInt.from_bytes(b"\x07", "big")
print(type(v).__name__, v)
t("from str", lambda: int.from_bytes("ab", "big"))
t("from int", lambda: int.from_bytes(5, "big"))
t("from bad order", lambda: int.from_bytes(b"\x01", "Big"))
t("from bad item", lambda: int.from_bytes([256], "big"))
for n in [0, 1, -1, 12345, -12345, 2 ** 100 + 17, -(2 ** 100)]:
    size = (n.bit_length() + 8) // 8
    for order in ["big", "little"]:
        assert int.from_bytes(n.to_bytes(size, order, signed=True), order, signed=True) == n
print("round trips ok")
