import sys
print(sys.get_asyncgen_hooks())
seen = []
def first(g): seen.append(("first", g.__name__))
def fin(g): seen.append(("fin", g.__name__)); 
sys.set_asyncgen_hooks(first, fin)
print(sys.get_asyncgen_hooks() == (first, fin))
async def ag():
    try:
        yield 1
        yield 2
    finally:
        seen.append("finally")
def run(c):
    try:
        while True: c.send(None)
    except StopIteration as e: return e.value
async def main():
    async for x in ag():
        break
run(main())
print(seen)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
try:
    sys.set_asyncgen_hooks(firstiter=3)
except TypeError as e:
    print(e)
h = sys.get_asyncgen_hooks()
print(h.firstiter, h.finalizer, len(h), type(h).__name__)


# A finalizer that keeps the generator can close it later (what asyncio does).
kept = []
sys.set_asyncgen_hooks(finalizer=kept.append)


async def ag2():
    try:
        yield 1
        yield 2
    finally:
        print("ag2 finally")


async def leave_early():
    async for x in ag2():
        print("got", x)
        break


run(leave_early())
print("kept", len(kept))
run(kept.pop().aclose())
sys.set_asyncgen_hooks(None, None)
