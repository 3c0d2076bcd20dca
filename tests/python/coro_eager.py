# Eager evaluation of immediately awaited coroutines must be invisible:
# same results, exceptions, tracebacks, finally blocks and ordering as a
# coroutine object driven through await. On cinder, the eager path must
# also create no coroutine object (cinder.coroutines_created()).
import sys

try:
    from cinder import coroutines_created
except ImportError:
    coroutines_created = None


def created():
    return coroutines_created() if coroutines_created else 0


def run(coro):
    sent = None
    trace = []
    try:
        while True:
            y = coro.send(sent)
            trace.append(y)
            sent = len(trace)
    except StopIteration as e:
        return e.value, trace


class Suspend:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return (self.tag, got)


async def leaf(x):
    return x * 2


async def maybe_suspend(x):
    if x % 3 == 0:
        r = await Suspend("s%d" % x)
        return r
    return x


async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)


async def tree(depth, suspend_at):
    if depth == 0:
        if suspend_at:
            return await Suspend("leaf")
        return 1
    a = await tree(depth - 1, suspend_at and depth % 2 == 0)
    b = await tree(depth - 1, False)
    return (a, b) if isinstance(a, tuple) else a + b


events = []


async def with_finally(x):
    try:
        if x:
            await Suspend("in-try")
        return "value"
    finally:
        events.append("finally %s" % x)


async def raiser(n):
    if n == 0:
        raise KeyError("deep")
    return await raiser(n - 1)


async def main():
    out = []
    out.append(await leaf(21))
    out.append([await maybe_suspend(i) for i in range(5)])
    out.append(await fib(15))
    out.append(await tree(4, False))
    out.append(await tree(4, True))
    out.append(await with_finally(False))
    out.append(await with_finally(True))
    try:
        await raiser(5)
    except KeyError as e:
        out.append("caught %r" % e)
    return out


before = created()
result, trace = run(main())
print(result)
print(trace)
print(events)
after = created()
# main() itself, plus one object per eager call that suspended: the list
# comprehension awaiting maybe_suspend(0) and (3), the comprehension
# function, tree's suspending path (depth 4, 2 and the leaf)...
print("created at most 12:", after - before <= 12)

before = created()
value, trace = run(fib(18))
print(value, trace)
print("fib(18) created 1 object:", created() - before in (0, 1))


async def pure_chain(n):
    if n == 0:
        return 0
    return 1 + await pure_chain(n - 1)


before = created()
print(run(pure_chain(200)))
print("no suspension, one object:", created() - before in (0, 1))


async def traceback_source():
    await raiser(2)


try:
    run(traceback_source())
except KeyError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name if hasattr(tb, "tb_frame") else "?")
        tb = tb.tb_next
    print("traceback depth", len(names))

print(run(tree(3, True)))
