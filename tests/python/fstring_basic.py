# f-strings: expressions, conversions, nesting, =
name = "World"
n = 42
pi = 3.14159265
items = ["a", "b"]
d = {"key": "val"}
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2} {n // 5} {-n}")
print(f"{name!r} {name!s} {'é'!a} {items!r}")
print(f"{items[0]} {d['key']} {len(items)} {name.upper()} {name[1:3]}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:e} {pi:.0f}")
print(f"{n:>6}|{n:<6}|{n:^6}|{n:06}|{n:+}|{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}")
print(f"{1234567:,} {1234567.891:,.2f} {10**9:_} {0.256:.1%}")
print(f"{name:*^11}|{name:->8}|{'':=<5}|")
width, prec = 12, 3
print(f"{pi:{width}.{prec}f}|{name:>{width}}|{n:{'^'}{width}}|")
print(f"{n=} {name=} {pi=:.2f} {n * 2 = } {items[1]=}")
print(f"{'nested ' + f'{n}'}", f"{f'{n:>{width}}'}|")
print(f"{{literal braces}} {{{n}}}")
print(f"{3 if n > 10 else 4} {[x * 2 for x in range(3)]} {(lambda: 'lam')()}")
print(f"{n:{'>' if n else '<'}8}|")
class P:
    def __format__(self, spec):
        return "P[" + spec + "]"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
p = P()
print(f"{p} {p:xyz} {p!r} {p!s} {p!r:>8}")
print(f"{True} {None} {1.0} {1e20} {1/3} {2**100}")
print(f"""multi
line {n}""")
print(f"{'a' 'b'}", F"upper F {n}", rf"raw \n {n}", fr"{name}\t")
vals = [(1, "one"), (22, "twenty-two"), (333, "three hundred")]
for num, word in vals:
    print(f"|{num:>5}|{word:<15}|{num / 7:8.3f}|")
print(f"{'%d' % 5}", f"{'{}'.format(6)}", f"{d}", f"{d!r}")
x = 7
print(f"{x!r:>5}", f"{x:5}", f"{'s':5}|", f"{-x:5}|", f"{x:<5}|")
print(f"{3.0:g} {0.00001:g} {1e6:g} {123.456:g} {1.5:%}")
print(f"{-0.0} {float('inf'):>6} {float('nan')}")
