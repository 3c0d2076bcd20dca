def f(*args):
    return args
print(f(1, 2))
x = (n for n in range(3), 4)
