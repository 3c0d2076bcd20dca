# Format spec mini-language through f-strings and format()
nums = [0, 7, -7, 255, 65535, 10 ** 12, -123456789]
for v in nums:
    print(f"{v:d}|{v:8d}|{v:<8d}|{v:^8d}|{v:+d}|{v: d}|{v:,}|{v:x}|{v:#o}|{v:=+10}")
floats = [0.0, 1.5, -2.25, 1234.5678, 0.000123, 1e10, 2 / 3]
for f in floats:
    print(f"{f:f}|{f:.1f}|{f:10.2f}|{f:<10.3f}|{f:+.2e}|{f:g}|{f:.3g}|{f:,.1f}|{f:%}")
strs = ["", "a", "hello", "longer string"]
for s in strs:
    print(f"[{s:10}][{s:>10}][{s:^10}][{s:.3}][{s:_<7.2}]")
print(format(42, "08b"), format(42, "#010x"), format(-42, "08d"), format(3.5, "08.2f"), format(-3.5, "+08.2f"))
print(format(1e-7, ".2e"), format(123456789, ".3e"), format(0.5, ".0%"), format(1 / 8, ".3%"))
print(format(True, ">5"), format(True, "d"), format(False, "^7"), format(None, ""))
print(format(12345.6789, ",.2f"), format(-12345.6789, ",.0f"), format(1234567, "_d"), format(0xABCDEF, "_x"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"), format(1.005, ".2f"))
print(format(65, "c"), format(9731, "c"), format(1.0, ""), format(1e16, ""), format(100.0, "g"))
print("{:>{}}|{:<{}}|".format("r", 4, "l", 4), "{:{fill}{align}{w}}".format("mid", fill="~", align="^", w=9))
cols = ["item", "qty", "price"]
rows = [["apple", 3, 0.5], ["watermelon", 1, 3.25], ["fig", 12, 0.2]]
print(" ".join(f"{c:<11}" for c in cols))
for r in rows:
    print(f"{r[0]:<11} {r[1]:>11} {r[2]:>11.2f}")
total = sum(r[1] * r[2] for r in rows)
print(f"{'total':<11} {'':>11} {total:>11.2f}")
for i in range(0, 17, 4):
    print(f"{i:3d} {i:04b} {i:2x} {i ** 3:>6,}")
