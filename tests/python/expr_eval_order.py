# Evaluation order of operands, arguments, displays and assignments
log = []
def t(tag, val=None):
    log.append(tag)
    return tag if val is None else val
def show(label):
    print(label, log)
    log.clear()
t("a", 1) + t("b", 2) * t("c", 3)
show("binary ops:")
def f(*a, **k):
    return None
f(t("p1"), t("p2"), k1=t("k1"), *[t("star")], **{"k2": t("dstar")})
show("call args:")
[t("l1"), t("l2"), t("l3")]
show("list display:")
{t("k1"): t("v1"), t("k2"): t("v2")}
show("dict display:")
d = {}
d[t("key")] = t("value")
show("subscript assignment:")
x = t("rhs1", [0, 0])
x[t("idx", 0)] = t("rhs2")
show("assign order:")
t("obj", f)(t("arg"))
show("callee before args:")
t("cond", True) and t("and-rhs")
t("cond2", False) or t("or-rhs")
t("c3", False) and t("never")
show("boolean ops:")
t("yes") if t("test", True) else t("no")
show("conditional expr:")
t("x", 1) < t("y", 2) < t("z", 3)
show("chained compare:")
a, b = t("first"), t("second")
show("tuple assignment:")
t("seq", [1, 2, 3])[t("lo", 0):t("hi", 2)]
show("slice:")
{t("s1"), t("s2")}
show("set display:")
[t("elt" + str(i)) for i in range(2) if t("cond" + str(i), True)]
show("comprehension:")
f"{t('f1')}{t('f2')}"
show("f-string:")
t("base", 2) ** t("exp", 3)
show("power:")
-t("neg", 5)
show("unary:")
z = y = t("multi")
show("multi-target:")
