# int() construction and conversion
print(int("42"), int("-17"), int("  99  "), int("+5"), int("0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("777", 8), int("0o777", 0))
print(int("1010", 2), int("0b1010", 0), int("z", 36), int("Zz", 36), int("1_000_000"))
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e20), int(True), int(False))
print(int(), int("0" * 5), int("-0"), int("10", 10))
print(int("12345678901234567890"), int("-98765432109876543210"))
print(str(123), str(-45), repr(67), str(10 ** 25))
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
for s in ["12", "1e5", "abc", "", " 7 ", "1.5", "0x10", "٣"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    int("12", 1)
except ValueError as e:
    print(e)
print(float(7), float(-3), float(10 ** 20), float("3"))
print(round(7), round(7.5), round(8.5), round(-2.5), round(1234, -2), round(1250, -2), round(-1250, -2))
print(abs(-12), abs(0), abs(12), abs(-(10 ** 30)))
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), int.from_bytes(b"\x01\x00", "big"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
print(int.from_bytes(b"\x00\x10", "little"), (1024).to_bytes(4, byteorder="big"))
print((10).as_integer_ratio(), (-4).conjugate(), (5).real, (5).imag, (6).numerator, (6).denominator)
print(bool(int("0")), int("0000123"), int("-0000"))
