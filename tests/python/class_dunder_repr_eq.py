# __repr__, __str__, __eq__, __hash__, __lt__ and sorting
class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit
    def __repr__(self):
        return "Card(" + repr(self.rank) + ", " + repr(self.suit) + ")"
    def __str__(self):
        return self.rank + self.suit
    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return (self.rank, self.suit) == (other.rank, other.suit)
    def __hash__(self):
        return hash((self.rank, self.suit))
    def __lt__(self, other):
        return self.RANKS.index(self.rank) < self.RANKS.index(other.rank)
c1 = Card("A", "s")
c2 = Card("T", "h")
c3 = Card("A", "s")
print(c1, repr(c1), str(c2), [c1, c2], (c1,), {"k": c2})
print(c1 == c3, c1 != c3, c1 == c2, c1 is c3, c1 == "As", c1 != "As")
print(len({c1, c2, c3}), c3 in {c1}, c3 in [c1])
hand = [Card("5", "d"), Card("K", "c"), Card("2", "h"), Card("J", "s")]
print(sorted(hand), max(hand), min(hand))
print(c2 < c1, c1 > c2, c1 < c2)
try:
    c1 <= c2
except TypeError as e:
    print("TypeError:", e)
print(f"{c1} {c1!r}", "%s %r" % (c2, c2), "{} {!r}".format(c1, c2))
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a))
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(1), EqOnly.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError:", e)
class StrOnly:
    def __str__(self):
        return "str-only"
s = StrOnly()
print(str(s), "{}".format(s), repr(s).startswith("<__main__.StrOnly object at"))
class ReprOnly:
    def __repr__(self):
        return "<ReprOnly>"
print(str(ReprOnly()), ReprOnly(), [ReprOnly()])
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2"]]
print(sorted(vs), sorted(vs, reverse=True)[0])
print(Version("2.0") > Version("1.9"), Version("1.0") == Version("1.0"))
