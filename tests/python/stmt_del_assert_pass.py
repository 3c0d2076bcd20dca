# del, assert, pass
a = 1
b = [1, 2, 3, 4, 5]
c = {"x": 1, "y": 2}
del a
try:
    a
except NameError as e:
    print("NameError:", e)
del b[0]
print(b)
del b[1:3]
print(b)
del c["x"]
print(c)
x, y, z = 1, 2, 3
del x, y
print(z, "x" in dir(), "z" in dir())
class O:
    pass
o = O()
o.attr = 5
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as e:
    print("AttributeError raised")
lst = [[1, 2], [3, 4]]
del lst[0][1]
print(lst)
try:
    del c["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    del b[10]
except IndexError as e:
    print("IndexError:", e)
assert True
assert 1 + 1 == 2, "math works"
try:
    assert 1 > 2
except AssertionError as e:
    print("AssertionError args:", e.args)
try:
    assert len(b) > 10, "list too short: " + str(len(b))
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], ("tuple", "message")
except AssertionError as e:
    print(e.args)
def check(v):
    assert isinstance(v, int), f"expected int, got {type(v).__name__}"
    return v * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print(e)
def noop():
    pass
class Empty:
    pass
for i in range(2):
    pass
if True:
    pass
else:
    pass
print(noop(), Empty.__name__, i)
def f():
    v = 1
    del v
    v = 2
    return v
print(f())
g = 10
def del_global():
    global g
    del g
del_global()
print("g" in globals())
d = {i: i * i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
