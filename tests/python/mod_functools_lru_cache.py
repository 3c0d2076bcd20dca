from functools import lru_cache

calls = []

@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x

print(sq(1), sq(2), sq(1), sq(3), sq(2))
print(calls)
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], len(info))
print(type(info).__name__, info._fields)
sq.cache_clear()
print(sq.cache_info())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(50), fib.cache_info())
print(fib.__name__, fib.__wrapped__.__name__)

@lru_cache(maxsize=None)
def ident(*args, **kw):
    return (args, tuple(sorted(kw.items())))

print(ident(1, 2), ident(1, 2), ident(1, b=2), ident(1, b=2))
print(ident.cache_info())

@lru_cache(typed=True)
def typed(x):
    return type(x).__name__

print(typed(1), typed(1.0), typed(1), typed.cache_info())

@lru_cache()
def untyped(x):
    return type(x).__name__

print(untyped(1), untyped(1.0), untyped.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x + 1

print(nocache(1), nocache(1), nocache.cache_info())

try:
    lru_cache('bad')
except TypeError as e:
    print("TypeError:", e)

try:
    ident([1])
except TypeError as e:
    print("TypeError:", e)

@lru_cache(maxsize=3)
def order(x):
    calls.append(('o', x))
    return x

del calls[:]
for v in [1, 2, 3, 1, 4, 2, 1, 3]:
    order(v)
print(calls)
print(order.cache_info())

class A:
    @lru_cache(maxsize=None)
    def method(self, x):
        return x * 10

a = A()
print(a.method(3), a.method(3), A.method.cache_info())
