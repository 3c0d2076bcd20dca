# Unary operators and mixing int/float/complex/bool
vals = [0, 1, -1, 2.5, -0.0, True, False, 3j, 10 ** 20]
for v in vals:
    print(repr(v), repr(-v), repr(+v), repr(abs(v)))
print([~x for x in [0, 1, -1, 255, True]])
print(1 + 2.0, 1 + True, 2.0 + True, 1 + 1j, 1.5 * 2j, (1 + 2j) * (3 - 1j), type(1 + 1j).__name__)
print((3 + 4j).real, (3 + 4j).imag, abs(3 + 4j), (3 + 4j).conjugate(), complex(1, -1), complex("2+3j"))
print(1j ** 2, (1 + 1j) ** 2, 2j / 1j, (4 + 2j) / 2, 1j == 1j, 1 + 0j == 1)
print(repr(complex(0, 0)), repr(-1j), repr(complex(1.5, 0)), str(2 + 0.5j))
print(7 / 2, 7 // 2, -7 / 2, -7 // 2, 7.0 // 2, 7 % 2.5)
print(2 ** 0.5, 4 ** 0.5, (-8) ** 3, 2 ** -1, (-2) ** -2)
print(int("-" + "9" * 25) + 1, -(-(10 ** 15)))
print(not 0, not 1, not -1, not 0.0, not 0j, not "")
x = 5
x = -x
x = --x
print(x, -(-x), - - - x, +-+x)
print(abs(-7), abs(-7.5), abs(-2 ** 70), abs(True), abs(3 - 4j))
