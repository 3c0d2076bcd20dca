# str.format basics
print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Bo", age=7))
print("{0[0]} {0[2]} {1[k]}".format([10, 20, 30], {"k": "v"}))
class P:
    x = 3
    y = 4
print("{p.x},{p.y}".format(p=P()))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:*>8}|{:-<8}|{:.^9}|".format("r", "l", "c"))
print("{:5d}|{:<5d}|{:05d}|{:+d}|{: d}".format(42, 42, 42, 42, 42))
print("{:.2f} {:.0f} {:10.3f}| {:e} {:.2e}".format(3.14159, 2.5, 1 / 3, 12345.6789, 0.000123))
print("{:,} {:,.2f} {:_} {:,d}".format(1234567, 9876543.219, 10 ** 8, -1000))
print("{:x} {:X} {:o} {:b} {:#x} {:#b} {:08b}".format(255, 255, 8, 5, 255, 5, 5))
print("{:%} {:.1%}".format(0.25, 0.1234))
print("{!r} {!s} {!a}".format("hi", "hi", "é"))
print("{{literal}} {}".format("value"))
print("{:>{w}}|{:.{p}f}".format("x", 3.14159, w=6, p=2))
print("{0:{1}}|".format("pad", 7))
print("{:g} {:g} {:g} {:G}".format(1e-5, 123456, 1234567, 1e-10))
print("{:c}".format(65), "{:s}".format("str"), "{:n}".format(1234))
print("{:=+8d}|{:=8d}".format(42, -42))
print("{}".format(None), "{}".format([1, 2]), "{}".format((1,)), "{:>6}".format(True))
print(format(3.14159, ".3f"), format(255, "x"), format("s", ">3"), format(12, ""), format(0.5))
data = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Thing", 1, 100)]
print("{:<10}{:>5}{:>10}".format("Name", "Qty", "Price"))
for n, q, p in data:
    print("{:<10}{:>5}{:>10.2f}".format(n, q, p))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
