from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), bool(Perm.R & Perm.W))
print(repr(~Perm.R), Perm.R in (Perm.R | Perm.X), Perm.W in (Perm.R | Perm.X))
print(repr(Perm(7)), repr(Perm(5)), Perm(6).value, repr(Perm.RWX & ~Perm.X))
print(list(Perm.__members__), Perm.RWX.value)
print((Perm.R | Perm.W | Perm.X) is Perm.RWX, (Perm.R | Perm.W) == Perm(6))
try:
    Perm(8)
except ValueError as e:
    print('ValueError')
print(repr(Perm.R ^ Perm.RWX))


class F(Flag):
    A = auto()
    B = auto()
    C = auto()
    D = auto()


print([m.value for m in F], (F.A | F.D).value, (F.B | F.C).value)
combo = F.A | F.B | F.C
for m in F:
    print(m.name, m in combo, bool(m & combo))


class P2(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(P2.R | P2.W), P2.R + 1, isinstance(P2.R, int), (P2.R | P2.W) == 6)
print(P2(3).value, int(P2.R & 4))
print(int(P2.R | P2.X), P2.W in P2(6), bool(P2(0)))
print(sorted(P2, key=lambda m: m.value))


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(repr(Color.WHITE), Color.WHITE.value, (Color.RED | Color.BLUE).value)
print(repr(~Color.WHITE & Color.RED) if False else 'ok')
