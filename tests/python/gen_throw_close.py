# generator throw() and close()
def worker():
    try:
        while True:
            try:
                x = yield "ready"
                print("processing", x)
            except ValueError as e:
                print("handled ValueError:", e)
                yield "recovered"
    finally:
        print("worker cleanup")
w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("bad value")))
print(next(w))
print(w.send(2))
w.close()
print("closed")
try:
    next(w)
except StopIteration:
    print("StopIteration after close")
def unhandled():
    yield 1
    yield 2
u = unhandled()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
try:
    next(u)
except StopIteration:
    print("generator is finished")
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        yield 2
ig = ignores_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def closes_clean():
    try:
        yield 1
    except GeneratorExit:
        print("exiting cleanly")
        raise
c = closes_clean()
next(c)
c.close()
c.close()
print("double close ok")
fresh = unhandled()
fresh.close()
print(list(fresh))
def throw_return():
    try:
        yield 1
    except IndexError:
        return "returned after throw"
t = throw_return()
next(t)
try:
    t.throw(IndexError)
except StopIteration as e:
    print("StopIteration:", e.value)
def gen_type():
    try:
        yield
    except Exception as e:
        yield type(e).__name__ + ":" + str(e)
g = gen_type()
next(g)
print(g.throw(TypeError, "from class"))
g2 = gen_type()
next(g2)
print(g2.throw(ZeroDivisionError("instance")))
