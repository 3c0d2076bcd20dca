# Integer formatting in different bases and widths
for n in [0, 1, 9, 10, 15, 16, 255, 256, 1000, 65535, -1, -255, 2 ** 40]:
    print(n, bin(n), oct(n), hex(n), f"{n:b}", f"{n:o}", f"{n:x}", f"{n:X}", f"{n:#010x}", f"{n:_b}" if n >= 0 else "")
print(int("11111111", 2), int("377", 8), int("ff", 16), int("-0x1A", 16), int("0o17", 0), int("0b101", 0), int("  0x10 ", 0))
print(int("z", 36), int("10", 36), int("helloworld", 36), int("Python", 36))
def to_base(n, b):
    if n == 0:
        return "0"
    digits = []
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        digits.append("0123456789abcdefghijklmnopqrstuvwxyz"[r])
    return ("-" if neg else "") + "".join(reversed(digits))
for n in [0, 7, 100, -100, 2 ** 64, 36 ** 3 - 1]:
    print(n, [to_base(n, b) for b in (2, 3, 7, 16, 36)], all(int(to_base(n, b), b) == n for b in range(2, 37)))
print(format(1234567890, ","), format(1234567890, "_"), format(-987654321, ",d"), format(1234, "08,d"))
print("%x %X %o %#x %#X %#o" % (48879, 48879, 511, 48879, 48879, 511))
print("{:>12b}|{:<12o}|{:^12x}|".format(42, 42, 42))
print(hex(2 ** 100), oct(-(2 ** 50)), bin(2 ** 20 + 1))
print(int(hex(2 ** 100), 16) == 2 ** 100, len(bin(2 ** 100)) - 2, (2 ** 100).bit_length())
