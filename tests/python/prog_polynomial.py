# Polynomial arithmetic with a class
class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]
    def degree(self):
        return len(self.c) - 1
    def __call__(self, x):
        r = 0
        for a in reversed(self.c):
            r = r * x + a
        return r
    def __add__(self, o):
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    def __neg__(self):
        return Poly([-a for a in self.c])
    def __sub__(self, o):
        return self + (-o)
    def __mul__(self, o):
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)
    def __pow__(self, n):
        r = Poly([1])
        for _ in range(n):
            r = r * self
        return r
    def __eq__(self, o):
        return self.c == o.c
    def derivative(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])
    def divmod(self, o):
        num = list(self.c)
        q = [0] * max(1, len(num) - len(o.c) + 1)
        while len(num) >= len(o.c) and any(num):
            shift = len(num) - len(o.c)
            factor = num[-1] // o.c[-1]
            q[shift] = factor
            for i, b in enumerate(o.c):
                num[i + shift] -= factor * b
            num.pop()
        return Poly(q), Poly(num)
    def __str__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            sign = "-" if a < 0 else "+"
            a = abs(a)
            coef = "" if a == 1 and i > 0 else str(a)
            var = "" if i == 0 else "x" if i == 1 else "x^%d" % i
            terms.append((sign, coef + var))
        s = " ".join(sg + " " + t for sg, t in terms)
        return s[2:] if s.startswith("+ ") else "-" + s[2:]
p = Poly([1, -3, 0, 2])
q = Poly([-1, 1])
print(p, "|", q, "|", p.degree(), q.degree())
print(p + q, "|", p - q, "|", p * q)
print(q ** 5)
print([p(x) for x in range(-3, 4)], q(10), (q ** 3)(3))
print(p.derivative(), "|", p.derivative().derivative(), "|", Poly([5]).derivative())
quot, rem = (p * q + Poly([7])).divmod(q)
print(quot, "|", rem, quot == p)
print(Poly([0, 0, 0]), Poly([]), Poly([0, 1]), Poly([-1]), Poly([3, 0, -1]))
binom = Poly([1, 1]) ** 10
print(binom.c, sum(binom.c))
def newton(poly, x0, steps=30):
    d = poly.derivative()
    x = x0
    for _ in range(steps):
        x = x - poly(x) / d(x)
    return x
print(round(newton(Poly([-2, 0, 1]), 1.0), 12), round(newton(Poly([-27, 0, 0, 1]), 5.0), 9))
