# Bitwise operators on ints incl. negatives and big ints
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b), bin(a ^ b), bin(~a))
print(1 << 10, 1 << 64, 1 << 100)
print(1024 >> 3, (1 << 100) >> 98, -1 >> 5, -16 >> 2, -17 >> 2)
print(-5 & 0xFF, -5 | 3, -5 ^ 3, ~-1, ~0)
print(5 & -1, -8 & -3, -8 | -3, -8 ^ -3)
big = (1 << 80) - 1
print(big, big & 0xFFFF, big >> 70, big ^ (1 << 79))
print(hex(big), oct(255), bin(255))
print((big + 1) | 1, (-big) & 0xF0F0)
for n in [0, 1, 7, 8, 255, 256, -1, -128, 2 ** 70]:
    print(n, n.bit_length(), hex(n), n >> 1, n << 1)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(17)])
print(popcount(2 ** 100 - 1))
x = 0
for bit in [0, 3, 5, 64]:
    x |= 1 << bit
print(x, bin(x))
x ^= 1 << 3
x &= ~1
print(x, bin(x))
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 3).__name__)
print(0x7fffffff + 1, 0xffffffff ^ 0xffffffffffffffff)
