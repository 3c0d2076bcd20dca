# keyword-only and positional-only parameters
def kw(a, *, b, c=3):
    return a, b, c
print(kw(1, b=2), kw(a=1, b=2, c=4), kw(1, c=0, b=9))
try:
    kw(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kw(1)
except TypeError as e:
    print("TypeError:", e)
def po(a, b, /, c, d=4, *, e=5):
    return a, b, c, d, e
print(po(1, 2, 3), po(1, 2, c=3), po(1, 2, 3, 4, e=6), po(1, 2, d=0, c=9))
try:
    po(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
def po_kwargs(a, /, **kw):
    return a, sorted(kw.items())
print(po_kwargs(1, a=2, b=3))
def only_pos(x, y=10, /):
    return x * y
print(only_pos(3), only_pos(3, 4))
try:
    only_pos(x=1)
except TypeError as e:
    print("TypeError:", e)
def mixed(p1, p2=2, /, n1=3, *, k1, k2=5, **rest):
    return [p1, p2, n1, k1, k2, sorted(rest)]
print(mixed(0, k1=1))
print(mixed(0, 1, 2, k1=3, k2=4, z=5, p1="kw"))
print(mixed.__code__.co_argcount, mixed.__code__.co_posonlyargcount, mixed.__code__.co_kwonlyargcount)
print(po.__code__.co_varnames[:5], mixed.__defaults__, mixed.__kwdefaults__)
def star_only(*, x):
    return x
print(star_only(x="only"))
try:
    star_only("nope")
except TypeError as e:
    print("TypeError:", e)
try:
    kw(1, b=2, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    kw(1, a=1, b=2)
except TypeError as e:
    print("TypeError:", e)
