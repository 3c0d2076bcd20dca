"""Async tree: a tree of asyncio tasks joined with asyncio.gather.

Every inner node of a tree starts one task per child with
`asyncio.gather` and combines their results; the leaves do a little
arithmetic.  The variant (second argument) decides whether the leaves
suspend:

* eager (the default): no leaf awaits anything that suspends, so each task
  runs to completion the first time the event loop steps it;
* io: every leaf first does `await asyncio.sleep(0)`, which yields to the
  event loop once, as if it waited for I/O that is already ready.

Usage: async_tree.py N [eager|io]  -- build and await the tree N times.
"""

import asyncio
import sys

DEPTH = 5
BRANCHES = 5


class Tree:
    def __init__(self, suspend):
        self.suspend = suspend
        self.leaves = 0
        self.inner = 0

    async def leaf(self, label):
        if self.suspend:
            await asyncio.sleep(0)
        self.leaves += 1
        return (label * 7919 + 13) % 65521

    async def node(self, depth, label):
        if depth == 0:
            return await self.leaf(label)
        self.inner += 1
        results = await asyncio.gather(
            *[self.node(depth - 1, label * BRANCHES + i) for i in range(BRANCHES)]
        )
        total = 0
        for r in results:
            total = (total * 31 + r) % 1000000007
        return total


async def run(n, suspend):
    result = None
    for _ in range(n):
        tree = Tree(suspend)
        checksum = await tree.node(DEPTH, 1)
        result = (checksum, tree.inner, tree.leaves)
    return result


def main():
    n = int(sys.argv[1])
    variant = sys.argv[2] if len(sys.argv) > 2 else "eager"
    if variant not in ("eager", "io"):
        raise SystemExit("unknown variant %r: expected eager or io" % variant)
    checksum, inner, leaves = asyncio.run(run(n, variant == "io"))
    print("%s: checksum %d, %d inner nodes, %d leaves" % (variant, checksum, inner, leaves))


if __name__ == "__main__":
    main()
