"""Richards: Martin Richards' operating-system task scheduler simulation.

Six tasks (an idle task, a worker, two packet handlers and two devices) pass
work packets to each other through a priority scheduler until the idle task
has run out of budget.  The program is all small classes, attribute traffic
and method calls.  Every run must queue 23246 packets and hold 9297 times.

Usage: richards.py N   -- run the simulation N times.
"""

import sys

BUFFER_SIZE = 4

ID_IDLE = 0
ID_WORKER = 1
ID_HANDLER_A = 2
ID_HANDLER_B = 3
ID_DEVICE_A = 4
ID_DEVICE_B = 5
TASK_COUNT = 6

KIND_DEVICE = 0
KIND_WORK = 1

EXPECTED_QUEUED = 23246
EXPECTED_HELD = 9297


class Packet:
    """A work or device packet; packets form singly linked queues."""

    def __init__(self, link, target, kind):
        self.link = link
        self.target = target
        self.kind = kind
        self.count = 0
        self.payload = [0] * BUFFER_SIZE

    def enqueue_onto(self, queue):
        """Append this packet at the tail of `queue`; return the new head."""
        self.link = None
        if queue is None:
            return self
        tail = queue
        while tail.link is not None:
            tail = tail.link
        tail.link = self
        return queue


class IdleState:
    def __init__(self):
        self.seed = 1
        self.budget = 10000


class WorkerState:
    def __init__(self):
        self.next_handler = ID_HANDLER_A
        self.letter = 0


class HandlerState:
    def __init__(self):
        self.work_queue = None
        self.device_queue = None


class DeviceState:
    def __init__(self):
        self.parked = None


class Task:
    """A task control block: scheduling flags plus an input packet queue."""

    def __init__(self, kernel, ident, priority, inbox, state):
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.inbox = inbox
        self.state = state
        # Flags: a packet is waiting in the inbox, the task sleeps until a
        # packet arrives, the task is suspended until released.
        self.has_packet = inbox is not None
        self.waiting = False
        self.held = False
        self.next = kernel.chain
        kernel.chain = self
        kernel.table[ident] = self

    def blocked(self):
        return self.held or (not self.has_packet and self.waiting)

    def ready_with_packet(self):
        return self.has_packet and self.waiting and not self.held

    def step(self):
        if self.ready_with_packet():
            packet = self.inbox
            self.inbox = packet.link
            self.has_packet = self.inbox is not None
            self.waiting = False
            self.held = False
        else:
            packet = None
        return self.body(packet)

    def body(self, packet):
        raise NotImplementedError

    # Kernel calls available to a running task.  Each returns the task the
    # scheduler should look at next.

    def sleep(self):
        self.waiting = True
        return self

    def hold_self(self):
        self.kernel.held_count += 1
        self.held = True
        return self.next

    def release(self, ident):
        other = self.kernel.table[ident]
        other.held = False
        if other.priority > self.priority:
            return other
        return self

    def send(self, packet):
        receiver = self.kernel.table[packet.target]
        self.kernel.queued_count += 1
        packet.link = None
        packet.target = self.ident
        return receiver.accept(packet, self)

    def accept(self, packet, sender):
        if self.inbox is None:
            self.inbox = packet
            self.has_packet = True
            if self.priority > sender.priority:
                return self
        else:
            packet.enqueue_onto(self.inbox)
        return sender


class IdleTask(Task):
    def body(self, packet):
        state = self.state
        state.budget -= 1
        if state.budget == 0:
            return self.hold_self()
        if state.seed & 1 == 0:
            state.seed >>= 1
            return self.release(ID_DEVICE_A)
        state.seed = (state.seed >> 1) ^ 0xD008
        return self.release(ID_DEVICE_B)


class WorkerTask(Task):
    def body(self, packet):
        if packet is None:
            return self.sleep()
        state = self.state
        if state.next_handler == ID_HANDLER_A:
            state.next_handler = ID_HANDLER_B
        else:
            state.next_handler = ID_HANDLER_A
        packet.target = state.next_handler
        packet.count = 0
        payload = packet.payload
        for i in range(BUFFER_SIZE):
            state.letter += 1
            if state.letter > 26:
                state.letter = 1
            payload[i] = 64 + state.letter
        return self.send(packet)


class HandlerTask(Task):
    def body(self, packet):
        state = self.state
        if packet is not None:
            if packet.kind == KIND_WORK:
                state.work_queue = packet.enqueue_onto(state.work_queue)
            else:
                state.device_queue = packet.enqueue_onto(state.device_queue)
        work = state.work_queue
        if work is None:
            return self.sleep()
        position = work.count
        if position >= BUFFER_SIZE:
            state.work_queue = work.link
            return self.send(work)
        device = state.device_queue
        if device is None:
            return self.sleep()
        state.device_queue = device.link
        device.count = work.payload[position]
        work.count = position + 1
        return self.send(device)


class DeviceTask(Task):
    def body(self, packet):
        state = self.state
        if packet is None:
            parked = state.parked
            if parked is None:
                return self.sleep()
            state.parked = None
            return self.send(parked)
        state.parked = packet
        self.kernel.device_output += packet.count
        return self.hold_self()


class Kernel:
    def __init__(self):
        self.chain = None
        self.table = [None] * TASK_COUNT
        self.queued_count = 0
        self.held_count = 0
        self.device_output = 0

    def build(self):
        IdleTask(self, ID_IDLE, 1, None, IdleState())

        work = Packet(None, ID_IDLE, KIND_WORK)
        work = Packet(work, ID_IDLE, KIND_WORK)
        worker = WorkerTask(self, ID_WORKER, 1000, work, WorkerState())
        worker.waiting = True

        for ident, device, priority in ((ID_HANDLER_A, ID_DEVICE_A, 2000),
                                        (ID_HANDLER_B, ID_DEVICE_B, 3000)):
            queue = None
            for _ in range(3):
                queue = Packet(queue, device, KIND_DEVICE)
            handler = HandlerTask(self, ident, priority, queue, HandlerState())
            handler.waiting = True

        for ident, priority in ((ID_DEVICE_A, 4000), (ID_DEVICE_B, 5000)):
            device = DeviceTask(self, ident, priority, None, DeviceState())
            device.waiting = True

    def run(self):
        task = self.chain
        while task is not None:
            if task.blocked():
                task = task.next
            else:
                task = task.step()


def richards_once():
    kernel = Kernel()
    kernel.build()
    kernel.run()
    return kernel


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    output = 0
    for _ in range(iterations):
        kernel = richards_once()
        if (kernel.queued_count != EXPECTED_QUEUED
                or kernel.held_count != EXPECTED_HELD):
            print("richards: wrong result: queued %d held %d"
                  % (kernel.queued_count, kernel.held_count))
            sys.exit(1)
        output = (output * 31 + kernel.device_output) % 1000000007
    print("richards x%d: queued=%d held=%d output=%d"
          % (iterations, kernel.queued_count, kernel.held_count, output))


if __name__ == "__main__":
    main()
