# StopIteration inside generators (PEP 479) and iteration protocol details
def bad():
    yield 1
    raise StopIteration("explicit")
try:
    print(list(bad()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)
def leaky(it):
    yield next(it)
    yield next(it)
try:
    print(list(leaky(iter([1]))))
except RuntimeError as e:
    print("RuntimeError:", e)
def safe(it):
    for x in it:
        yield x
    return
print(list(safe(iter([1, 2]))))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)))
c = Countdown(2)
print(next(c), next(c), next(c, "exhausted"))
try:
    next(c)
except StopIteration as e:
    print("StopIteration args:", e.args)
def gen_ret_tuple():
    return (1, 2)
    yield
try:
    next(gen_ret_tuple())
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
e = StopIteration(5, 6)
print(e.value, e.args)
print(StopIteration().value)
def running():
    g_self = yield
    try:
        next(g_self)
    except ValueError as e:
        yield "ValueError: " + str(e)
r = running()
next(r)
print(r.send(r))
def gen_state():
    yield 1
gs = gen_state()
print(gs.gi_running, gs.gi_frame is not None)
list(gs)
print(gs.gi_frame is None)
print(gen_state.__name__, gs.__name__)
