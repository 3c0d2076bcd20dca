# Floor division and modulo sign rules
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    q, r = a // b, a % b
    print(a, b, q, r, q * b + r == a, divmod(a, b))
print(-1 % 3, -2 % 3, -3 % 3, -4 % 3)
print(1 % -3, 2 % -3, 3 % -3, 4 % -3)
print(10 ** 20 // -3, 10 ** 20 % -3, -(10 ** 20) // 3, -(10 ** 20) % 3)
fl = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (5, 0.5), (1, 0.3)]
for a, b in fl:
    print(a, b, a // b, a % b)
print(-0.0 % 5, 0.0 % -5)
print(divmod(-7.5, 2), divmod(7, -2.5))
def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    neg = n < 0
    n = abs(n)
    out = ""
    while n:
        n, d = divmod(n, base)
        out = digits[d] + out
    return "-" + out if neg else out
for n in [0, 5, 255, -255, 10 ** 20, 36 ** 5]:
    print(n, to_base(n, 2), to_base(n, 16), to_base(n, 36))
days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
for offset in [-15, -8, -1, 0, 6, 7, 13, 100]:
    print(offset, days[offset % 7])
h = -3725
print(h // 3600, h % 3600, (h % 3600) // 60, h % 60)
