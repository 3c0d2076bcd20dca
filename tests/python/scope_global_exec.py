g, l = {}, {}
exec("y = 9\ndef f():\n    global y\n    return y\nr = f()\n", g, l)
print(sorted(k for k in g if k != "__builtins__"), sorted(l))
print(g.get("y"), l.get("r"))
g, l = {}, {}
exec("z = 1\ndef h():\n    return z\n", g, l)
print(sorted(k for k in g if k != "__builtins__"), sorted(l))
x = 5
def setx():
    global x
    x = 6
setx()
print(x)
