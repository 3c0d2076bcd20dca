# Default arguments, evaluation time, mutable defaults
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Yo"))
counter = 10
def show(x=counter):
    return x
counter = 20
print(show(), show(5))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
print(append_to.__defaults__, greet.__defaults__, safe_append.__defaults__)
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9, d=0))
print(f.__kwdefaults__)
def calls():
    print("default evaluated")
    return 42
def g(x=calls()):
    return x
print("after def")
print(g(), g(), g(1))
def power(base, exp=2):
    return base ** exp
print([power(b) for b in range(5)], [power(2, e) for e in range(5)])
print(power(exp=3, base=2))
def h(a, b=None, c=()):
    return a, b, c
print(h(0), h(0, 1), h(0, c=[1]))
