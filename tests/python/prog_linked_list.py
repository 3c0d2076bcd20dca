# A singly linked list class with iteration and operations
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push_front(it)
    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def append(self, v):
        node = Node(v)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"
    def reverse(self):
        prev = None
        cur = self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def remove(self, v):
        prev = None
        cur = self.head
        while cur:
            if cur.value == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        return False
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for idx, v in enumerate(self):
            if idx == i:
                return v
        raise IndexError("linked list index out of range")
    def __contains__(self, v):
        return any(x == v for x in self)
ll = LinkedList([1, 2, 3])
print(ll, len(ll))
ll.append(4)
ll.push_front(0)
print(ll, len(ll), ll[0], ll[-1], ll[2])
ll.reverse()
print(ll)
print(ll.remove(2), ll.remove(42), ll, len(ll))
print(3 in ll, 2 in ll, list(ll), sum(ll), max(ll))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
empty = LinkedList()
print(empty, len(empty), list(empty), empty.remove(1))
empty.reverse()
empty.append("x")
print(empty)
words = LinkedList("the quick brown fox".split())
print([w.upper() for w in words], sorted(words))
def merge_sorted(a, b):
    out = LinkedList()
    ia, ib = iter(a), iter(b)
    va, vb = next(ia, None), next(ib, None)
    while va is not None or vb is not None:
        if vb is None or (va is not None and va <= vb):
            out.append(va)
            va = next(ia, None)
        else:
            out.append(vb)
            vb = next(ib, None)
    return out
print(merge_sorted(LinkedList([1, 4, 9]), LinkedList([2, 3, 10, 11])))
