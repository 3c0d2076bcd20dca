# How many asyncio Tasks gather() makes, with and without -X eager-gather
# (run by cli/tests/eager_gather.rs; the results are checked there, the task
# counts being what differs between the modes).
import asyncio
import asyncio.tasks as tasks

made = [0]
orig_init = tasks.Task.__init__


def counting_init(self, *args, **kwargs):
    made[0] += 1
    orig_init(self, *args, **kwargs)


tasks.Task.__init__ = counting_init


async def done_at_once(i):
    return i * 10


async def suspends(i):
    await asyncio.sleep(0)
    return i


async def fails():
    raise KeyError("k")


async def main():
    before = made[0]
    r = await asyncio.gather(done_at_once(1), done_at_once(2), done_at_once(3))
    print("all finish:", r, "tasks", made[0] - before)
    before = made[0]
    r = await asyncio.gather(done_at_once(1), suspends(2), done_at_once(3))
    print("mixed:", r, "tasks", made[0] - before)
    r = await asyncio.gather(done_at_once(1), fails(), return_exceptions=True)
    print("exceptions:", r)
    try:
        await asyncio.gather(fails(), done_at_once(2))
    except KeyError as e:
        print("raised", repr(e))


asyncio.run(main())
