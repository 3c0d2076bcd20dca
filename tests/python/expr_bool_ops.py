# and/or/not return values and short-circuiting
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "x" or "default", None or 0 or [] or "last")
print([] and 1, [0] and 1, {} or (), () or {})
print(not None, not "", not "a", not [], not [0], not 0.0, not 0j)
def t(name, val):
    print("eval", name)
    return val
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 0))
print(t("a", 0) or t("b", 0))
print(t("a", 1) or t("b", 0))
print(t("a", 1) and t("b", 2) and t("c", 3))
print(t("a", 0) or t("b", "") or t("c", "x") or t("d", 1))
print(bool(0), bool(1), bool(-1), bool(""), bool(" "), bool(None))
print(bool([]), bool([[]]), bool(()), bool((0,)), bool({}), bool(set()))
print(bool(range(0)), bool(range(1)), bool(0.0), bool(-0.0), bool(1e-300))
class Falsy:
    def __bool__(self):
        print("bool called")
        return False
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("len called", self.n)
        return self.n
print(bool(Falsy()))
print(not Falsy())
print(bool(Sized(0)), bool(Sized(3)))
r = Sized(0) or "fallback"
print(r)
x = 5
print(x > 3 and "big" or "small")
x = 1
print(x > 3 and "big" or "small")
print(True + (not False), (not 1) + 0)
if Sized(2) and not Falsy():
    print("both ok")
while Sized(0):
    print("never")
print(all([]), any([]), all([1, 2]), any([0, None]))
