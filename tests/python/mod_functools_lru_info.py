# functools.lru_cache: cache_info, cache_clear, maxsize, typed
from functools import lru_cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@lru_cache(maxsize=3)
def square(x):
    print('computing', x)
    return x * x


for x in [1, 2, 3, 1, 4, 2, 1, 5]:
    square(x)
print(square.cache_info())
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, type(info).__name__)


@lru_cache(typed=True)
def typed(x):
    print('typed call', type(x).__name__)
    return x


typed(1)
typed(1.0)
typed(1)
print(typed.cache_info())


@lru_cache
def bare(x):
    return x * 2


print(bare(4), bare(4), bare.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())


@lru_cache()
def kw(a, b=1, *, c=2):
    print('kw call', a, b, c)
    return a + b + c


print(kw(1), kw(1), kw(1, 2), kw(1, b=2), kw(1, c=5))
print(kw.cache_info().currsize)
try:
    square([1])
except TypeError as e:
    print('TypeError', e)
print(square.__wrapped__(6), fib.__name__)
