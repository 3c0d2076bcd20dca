# types.coroutine makes generator-based coroutines awaitable.
import types


@types.coroutine
def tick(tag):
    got = yield tag
    return "%s:%s" % (tag, got)


async def main():
    a = await tick("a")
    b = await tick("b")
    return a, b


c = main()
print(c.send(None))
print(c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print("result", e.value)
print(tick.__name__, bool(tick.__code__.co_flags & 0x100), bool(tick.__code__.co_flags & 0x20))


def plain():
    yield 1


async def bad():
    await plain()


try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)
