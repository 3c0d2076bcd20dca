# Conditional expressions and truthiness in branches
def classify(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
for n in [-5, 0, 5, -0.0, 1e-9]:
    print(n, classify(n))
def sign(x):
    if x > 0:
        return 1
    elif x < 0:
        return -1
    else:
        return 0
print([sign(v) for v in [-3, 0, 2, -0.5]])
x = 15
out = []
for i in range(1, x + 1):
    out.append("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i))
print(" ".join(out))
def grade(score):
    if score >= 90:
        g = "A"
    elif score >= 80:
        g = "B"
    elif score >= 70:
        g = "C"
    else:
        g = "F"
    return g
print([grade(s) for s in [95, 85, 75, 65, 90, 80]])
v = [] if x else [1]
print(v)
w = (lambda: "yes") if x > 10 else (lambda: "no")
print(w())
print((1, 2)[x > 10], {True: "t", False: "f"}[x < 0])
val = None
print(val if val is not None else "missing")
val = 0
print(val if val is not None else "missing")
print("even" if x % 2 == 0 else "odd", "big" if x > 10 else "small")
nested = [[1 if (i + j) % 2 else 0 for j in range(4)] for i in range(3)]
for row in nested:
    print(row)
