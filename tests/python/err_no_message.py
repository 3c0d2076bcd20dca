# Uncaught exception raised as a bare class
def check(x):
    if x < 0:
        raise ValueError
    return x
print(check(5))
print(check(-5))
