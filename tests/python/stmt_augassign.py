# Augmented assignment on all target kinds and operators
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 5; print(x)
x /= 8; print(x)
y = 0b1010
y &= 0b0110; print(y)
y |= 0b1000; print(y)
y ^= 0b1111; print(y)
y <<= 3; print(y)
y >>= 1; print(y)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
d = {"a": 1}
d["a"] += 10
d.setdefault("b", 0)
d["b"] -= 1
print(d)
m = [[1, 2], [3, 4]]
m[1][0] *= 100
m[0][-1] **= 3
print(m)
class C:
    cnt = 0
c = C()
c.cnt += 1
C.cnt += 5
print(c.cnt, C.cnt)
arr = [10, 20, 30]
i = 0
arr[i] += 1
i += 1
arr[i] -= 1
print(arr, i)
calls = []
def idx():
    calls.append("idx")
    return 1
def container():
    calls.append("container")
    return arr
container()[idx()] += 1000
print(arr, calls)
class Obj:
    def __init__(self):
        self.val = 1
def get_obj(o):
    calls.append("get_obj")
    return o
o = Obj()
calls.clear()
get_obj(o).val += 1
print(o.val, calls)
f = 1.5
f += 1
f //= 1
print(f)
st = {1, 2}
st |= {3}
st &= {2, 3, 4}
st -= {9}
st ^= {5}
print(st)
