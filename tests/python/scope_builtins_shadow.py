# Shadowing builtins and name resolution order
print(len("abc"))
def len(x):
    return "shadowed"
print(len("abc"))
del len
print(len("abc"))
def local_shadow():
    max = lambda *a: "local max"
    return max(1, 2)
print(local_shadow(), max(1, 2))
list_ = list
def make():
    list = "not a list"
    return list, list_("ab")
print(make())
import sys
def uses_sys():
    return sys.getrecursionlimit() > 0
print(uses_sys())
def deleter():
    v = 1
    del v
    try:
        return v
    except NameError as e:
        return type(e).__name__
print(deleter())
g = 5
def twice():
    return [g for _ in range(2)]
print(twice())
g = 6
print(twice())
def param_shadow(print):
    return print
print(param_shadow("param"))
for i in range(3):
    pass
print("loop var survives:", i)
[j for j in range(5)]
try:
    j
except NameError as e:
    print("NameError:", e)
exc_name = None
try:
    1 / 0
except ZeroDivisionError as err:
    exc_name = type(err).__name__
print(exc_name)
try:
    err
except NameError as e:
    print("NameError:", e)
with_target = None
class Ctx:
    def __enter__(self):
        return "entered"
    def __exit__(self, *a):
        return False
with Ctx() as with_target:
    pass
print(with_target)
