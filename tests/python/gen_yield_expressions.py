# yield as an expression in various positions; generator lifecycle ordering
def g1():
    x = yield 1
    y = (yield x) + 10
    z = [(yield y), (yield "second in list")]
    yield z
gen = g1()
print(next(gen))
print(gen.send("a"))
print(gen.send(5))
print(gen.send("p"))
print(gen.send("q"))
def g2():
    total = 0
    while True:
        total += yield total if total < 10 else -1
gen2 = g2()
print(next(gen2), gen2.send(4), gen2.send(5), gen2.send(3), gen2.send(1))
def g3():
    print("g3 started")
    yield
    print("g3 resumed")
    yield
    print("g3 ending")
gen3 = g3()
print("before first next")
next(gen3)
print("between")
next(gen3)
try:
    next(gen3)
except StopIteration:
    print("g3 done")
def g4():
    d = {}
    d[(yield "key?")] = (yield "value?")
    yield d
gen4 = g4()
print(next(gen4), gen4.send("k"), gen4.send("v"))
def g5(n):
    for i in range(n):
        received = yield i
        if received == "skip":
            yield "skipped"
gen5 = g5(4)
print(next(gen5), gen5.send(None), gen5.send("skip"), next(gen5), next(gen5))
def g6():
    result = yield from iter([7, 8])
    yield result
print(list(g6()))
def nums():
    yield 1
    yield 2
print(list(x * 2 for x in nums()), sum(nums()), list(map(str, nums())))
