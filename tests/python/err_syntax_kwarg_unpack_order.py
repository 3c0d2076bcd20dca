def f(*args, **kwargs):
    return args, kwargs
a = [1]
k = {"x": 2}
print(f(**k, *a))
