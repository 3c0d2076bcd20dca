# str/repr/format of floats across magnitudes
vals = [0.1, 0.5, 1.0, 1.5, 10.0, 123.456, 1e5, 1e15, 1e16, 1e17, 1.5e-4, 1e-5, 1e-6, 2.5e-7,
        123456789.123, 9.999999999999999e22, 1e22, 0.30000000000000004, 100.0 / 3, 2 / 3 * 3]
for v in vals:
    print(repr(v), str(v), "%g" % v, "%.3e" % v, "{:.4}".format(v), f"{v:.2f}", f"{v:10.3g}|")
print(str(1e16), str(12345678901234567.0), str(0.000001), str(0.0000001))
print(-1e-7, -123.0, -0.5, -1e300 * 10, float("-0.0"))
print(round(2.675, 2), round(1.005, 2), round(0.5), round(1.5), round(-1.5))
print(f"{0.1:.20f}", f"{1/3:.15f}", f"{2/3:.16g}", f"{1e-10:.3f}", f"{12345.678:.1e}")
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, 3.5))
print("%5.1f|%-7.2f|%+.3f|%08.2f" % (3.14159, 2.5, 1.0, -3.5))
print([x / 10 for x in range(0, 11)])
print([round(x * 0.1, 1) for x in range(0, 11)])
