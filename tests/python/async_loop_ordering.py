# Fine-grained ordering inside the event loop: ready callbacks run before
# timers that became due, callbacks scheduled while an iteration runs wait
# for the next one, done callbacks are scheduled (never called inline), and
# task steps interleave with plain callbacks in FIFO order.
import asyncio

log = []


def note(label):
    log.append(label)


async def task_body(tag, loop):
    note(tag + ':start')
    loop.call_soon(note, tag + ':soon-from-task')
    loop.call_later(0, note, tag + ':later0-from-task')
    await asyncio.sleep(0)
    note(tag + ':after-sleep0')
    fut = loop.create_future()
    loop.call_soon(fut.set_result, tag + ':value')
    note(tag + ':got ' + await fut)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, note, 'later0-A')
    loop.call_soon(note, 'soon-1')
    t1 = asyncio.create_task(task_body('T1', loop))
    loop.call_soon(note, 'soon-2')
    t2 = asyncio.create_task(task_body('T2', loop))
    loop.call_later(0, note, 'later0-B')
    fut = loop.create_future()
    fut.add_done_callback(lambda f: note('done-cb-1'))
    fut.add_done_callback(lambda f: note('done-cb-2'))
    loop.call_soon(fut.set_result, None)
    note('main:before-await')
    await asyncio.gather(t1, t2)
    note('main:after-gather')
    for line in log:
        print(line)

    # A callback that schedules itself runs once per iteration, interleaved
    # with a task that yields once per iteration.
    log.clear()
    count = 0

    def again():
        nonlocal count
        count += 1
        note('cb%d' % count)
        if count < 4:
            loop.call_soon(again)

    async def spinner():
        for i in range(4):
            note('task%d' % i)
            await asyncio.sleep(0)
    loop.call_soon(again)
    await asyncio.create_task(spinner())
    print(' '.join(log))

    # Timers with the same deadline are not FIFO: they come out of the
    # timer heap (heapq order, comparing deadlines only).
    log.clear()
    when = loop.time() + 0.01
    for label in 'abcde':
        loop.call_at(when, note, label)
    await asyncio.sleep(0.02)
    print(''.join(log))


asyncio.run(main())
