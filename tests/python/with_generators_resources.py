# Context managers built from classes wrapping generators (no contextlib)
class GenCtx:
    def __init__(self, gen_fn, *args):
        self.gen = gen_fn(*args)
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw")
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")
with GenCtx(tag, "div") as t:
    print("inside", t)
    with GenCtx(tag, "span") as t2:
        print("nested", t2)
def suppressing(*types):
    try:
        yield
    except types as e:
        print("suppressed", type(e).__name__, e)
with GenCtx(suppressing, KeyError, IndexError):
    {}["missing"]
print("continued after suppression")
try:
    with GenCtx(suppressing, KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated", e)
def transaction(log):
    log.append("begin")
    try:
        yield log
        log.append("commit")
    except Exception as e:
        log.append("rollback:" + str(e))
        raise
log = []
with GenCtx(transaction, log) as l:
    l.append("work")
try:
    with GenCtx(transaction, log) as l:
        l.append("bad work")
        raise RuntimeError("boom")
except RuntimeError:
    pass
print(log)
class Indenter:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *a):
        self.level -= 1
    def print(self, text):
        print("    " * self.level + text)
with Indenter() as ind:
    ind.print("level 1")
    with ind:
        ind.print("level 2")
        with ind:
            ind.print("level 3")
    ind.print("back to 1")
