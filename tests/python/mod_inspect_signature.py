import inspect, functools
def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    """Doc
       indented."""
def g(x, y=1, /, z=2): pass
class K:
    def __init__(self, p, q=3): pass
    def m(self, r): pass
    async def am(self): pass
    def gen(self): yield 1
print(inspect.signature(f))
print(inspect.signature(K))
print(inspect.signature(K(1).m))
print(inspect.signature(functools.partial(f, 1, c=3)))
sig = inspect.signature(f)
for name, p in sig.parameters.items():
    print(name, p.kind, p.default is p.empty, p.annotation)
print(sig.return_annotation)
b = sig.bind(1, 2, 3, c=5, e=6)
print(dict(b.arguments), b.args, b.kwargs)
b.apply_defaults(); print(dict(b.arguments))
print(inspect.getdoc(f))
print(inspect.isfunction(f), inspect.ismethod(K(1).m), inspect.isclass(K), inspect.iscoroutinefunction(K.am), inspect.isgeneratorfunction(K.gen))
print([n for n, v in inspect.getmembers(K, inspect.isfunction)])
print(inspect.getfullargspec(f))
print(inspect.signature(lambda *a, **k: 0))
try:
    sig.bind(1)
except TypeError as e:
    print("TypeError:", e)
print(str(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=None)))
print(inspect.cleandoc("  a\n    b\n  c"))
