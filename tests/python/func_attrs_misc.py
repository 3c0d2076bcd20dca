# Function objects: attributes, docstrings, annotations, first-class use
def documented(a: int, b: "str" = "x") -> list:
    """Return a list."""
    return [a, b]
print(documented.__name__, documented.__doc__, documented(1))
print(documented.__annotations__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc(), nodoc.__defaults__)
documented.custom = 123
print(documented.custom, "custom" in documented.__dict__)
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer().__qualname__, documented.__qualname__)
funcs = [len, str.upper, abs, documented]
print([f.__name__ for f in funcs])
def apply(f, *args):
    return f(*args)
print(apply(max, 3, 9, 4), apply(documented, 7, "z"), apply(lambda: "lam"))
table = {"sq": lambda x: x * x, "neg": lambda x: -x}
print({k: v(5) for k, v in table.items()})
def early(x):
    if x < 0:
        return "negative"
    for i in range(x):
        if i * i > x:
            return i
    return None
print(early(-3), early(10), early(0), early(1))
def multi():
    return 1, "two", [3]
a, b, c = multi()
print(a, b, c, multi())
def no_return():
    x = 1
print(no_return())
def side(lst):
    lst.append(len(lst))
data = []
side(data)
side(data)
print(data)
def rebind(lst):
    lst = [99]
    return lst
print(rebind(data), data)
print(documented.__code__.co_argcount, documented.__code__.co_name, outer.__code__.co_varnames)
def gen_fn():
    yield 1
print(type(gen_fn).__name__, type(gen_fn()).__name__, type(len).__name__)
def f_with_pass():
    "only a docstring"
print(f_with_pass(), f_with_pass.__doc__)
