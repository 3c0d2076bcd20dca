"""Coroutines: recursive `async def` functions awaiting one another.

A Fibonacci-style recursion where every call is a coroutine object and
every result comes back through `await`; no event loop is involved: the
outer coroutine is driven by hand with `send(None)` until it raises
StopIteration carrying the result.  A second, smaller run makes the leaves
suspend on a hand-written awaitable, so each `send(None)` resumes a stack
of awaiting coroutines as deep as the recursion and the driver counts the
suspensions.

Usage: coroutines.py N  -- compute the recursion N times.
"""

import sys

FIB_N = 25
SUSPENDING_FIB_N = 20


async def fibonacci(n):
    if n <= 1:
        return n
    return await fibonacci(n - 1) + await fibonacci(n - 2)


class Pause:
    """An awaitable that suspends the whole await chain once."""

    __slots__ = ()

    def __await__(self):
        yield None


async def suspending_fibonacci(n):
    if n <= 1:
        await Pause()
        return n
    a = await suspending_fibonacci(n - 1)
    b = await suspending_fibonacci(n - 2)
    return a + b


def drive(coro):
    """Run `coro` to completion; return (result, number of suspensions)."""
    suspensions = 0
    while True:
        try:
            coro.send(None)
        except StopIteration as stop:
            return stop.value, suspensions
        suspensions += 1


def main():
    n = int(sys.argv[1])
    result = None
    for _ in range(n):
        plain = drive(fibonacci(FIB_N))
        suspending = drive(suspending_fibonacci(SUSPENDING_FIB_N))
        result = plain + suspending
    print("fibonacci(%d) = %d with %d suspensions; "
          "suspending fibonacci(%d) = %d with %d suspensions"
          % (FIB_N, result[0], result[1], SUSPENDING_FIB_N, result[2], result[3]))


if __name__ == "__main__":
    main()
