# Exceptions inside generators: propagation, try/finally around yield, resumption
def gen_raises_midway():
    yield 1
    yield 2
    raise ValueError("midway")
    yield 3
out = []
try:
    for v in gen_raises_midway():
        out.append(v)
except ValueError as e:
    out.append("caught " + str(e))
print(out)
g = gen_raises_midway()
print(next(g), next(g))
try:
    next(g)
except ValueError:
    print("raised once")
print(next(g, "exhausted after exception"))
def guarded(items):
    for it in items:
        try:
            yield 10 // it
        except ZeroDivisionError:
            yield "div0"
print(list(guarded([1, 2, 0, 5])))
def yield_in_finally():
    try:
        yield "try"
    finally:
        yield "finally"
print(list(yield_in_finally()))
def yield_in_except():
    try:
        raise KeyError("k")
    except KeyError as e:
        yield "handling " + repr(e)
    yield "after"
print(list(yield_in_except()))
def context_preserved():
    try:
        raise TypeError("outer")
    except TypeError:
        yield "suspended inside except"
        try:
            raise ValueError("inner")
        except ValueError as e:
            yield "inner context: " + repr(e.__context__)
print(list(context_preserved()))
def generator_catches_throw():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("generator handled", e)
        except GeneratorExit:
            print("generator closing")
            return
gc = generator_catches_throw()
next(gc)
print(gc.throw(ValueError("v1")))
print(gc.throw(ValueError("v2")))
gc.close()
print("closed ok")
def finally_counter(log):
    for i in range(3):
        try:
            yield i
        finally:
            log.append("fin%d" % i)
log = []
fc = finally_counter(log)
for v in fc:
    if v == 1:
        break
print(log)
fc.close()
print(log)
