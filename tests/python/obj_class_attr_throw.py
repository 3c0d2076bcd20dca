# isinstance() honours a __class__ attribute; gen.throw(Type, instance).
class T:
    pass


class Proxy:
    @property
    def __class__(self):
        return T


p = Proxy()
print(isinstance(p, T), isinstance(p, Proxy), isinstance(p, (int, T)), type(p).__name__)


def g():
    while True:
        try:
            yield
        except Exception as e:
            print("got", type(e).__name__, e.args)


K = KeyError("k")
it = g()
next(it)
it.throw(KeyError, K)
it.throw(ValueError, ("a", 1))
it.throw(ValueError, "single")
it.throw(ValueError)
it.throw(ValueError("inst"))
try:
    it.throw(ValueError("inst"), "extra")
except TypeError as e:
    print("TypeError:", e)
