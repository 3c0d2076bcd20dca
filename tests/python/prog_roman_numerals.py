# Roman numeral conversion round trip and validation
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError("out of range: %d" % n)
    parts = []
    for v, s in VALUES:
        count, n = divmod(n, v)
        parts.append(s * count)
    return "".join(parts)
SINGLE = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
def from_roman(s):
    total = 0
    prev = 0
    for ch in reversed(s.upper()):
        if ch not in SINGLE:
            raise ValueError("bad numeral: " + repr(ch))
        v = SINGLE[ch]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    if to_roman(total) != s.upper():
        raise ValueError("non-canonical numeral: " + s)
    return total
for n in [1, 3, 4, 9, 14, 40, 44, 90, 99, 400, 444, 900, 1666, 1987, 2024, 3888, 3999]:
    r = to_roman(n)
    print(n, r, from_roman(r))
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
print(max(range(1, 4000), key=lambda n: len(to_roman(n))), len(to_roman(3888)))
for bad in ["IIII", "VX", "ABC", "MMMM", "iv", "IC"]:
    try:
        print(bad, from_roman(bad))
    except ValueError as e:
        print(bad, "ValueError:", e)
for n in [0, 4000, -1]:
    try:
        to_roman(n)
    except ValueError as e:
        print("ValueError:", e)
lengths = {}
for n in range(1, 4000):
    l = len(to_roman(n))
    lengths[l] = lengths.get(l, 0) + 1
print(sorted(lengths.items()))
