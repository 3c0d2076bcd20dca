# generator send()
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            print("got None")
            continue
        total += value
acc = accumulator()
print(next(acc))
print(acc.send(10))
print(acc.send(5))
print(next(acc))
print(acc.send(-3))
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("echo finished with", received)
e = echo()
print(e.send(None))
print(e.send("a"), e.send("b"), e.send("c"))
e.close()
def not_started():
    yield 1
g = not_started()
try:
    g.send(5)
except TypeError as ex:
    print("TypeError:", ex)
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        term = yield avg
        if term is None:
            return (count, avg)
        total += term
        count += 1
        avg = total / count
av = averager()
next(av)
for v in [10, 20, 30, 45]:
    print("avg", av.send(v))
try:
    av.send(None)
except StopIteration as ex:
    print("final", ex.value)
def coroutine_pipeline(target):
    while True:
        item = yield
        target.send(item * 2)
def sink(store):
    while True:
        item = yield
        store.append(item)
store = []
s = sink(store)
next(s)
p = coroutine_pipeline(s)
next(p)
for i in range(4):
    p.send(i)
print(store)
def yield_expr_values():
    a = yield "first"
    b = yield "second got " + repr(a)
    yield "third got " + repr(b)
y = yield_expr_values()
print(next(y), y.send(1), y.send([2]))
