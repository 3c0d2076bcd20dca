# Binary search tree with insert, search, traversal, delete
class BST:
    class _Node:
        __slots__ = ("key", "left", "right")
        def __init__(self, key):
            self.key = key
            self.left = None
            self.right = None
    def __init__(self):
        self.root = None
        self.count = 0
    def insert(self, key):
        if self.root is None:
            self.root = self._Node(key)
            self.count += 1
            return True
        cur = self.root
        while True:
            if key == cur.key:
                return False
            side = "left" if key < cur.key else "right"
            nxt = getattr(cur, side)
            if nxt is None:
                setattr(cur, side, self._Node(key))
                self.count += 1
                return True
            cur = nxt
    def __contains__(self, key):
        cur = self.root
        while cur:
            if key == cur.key:
                return True
            cur = cur.left if key < cur.key else cur.right
        return False
    def inorder(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return list(walk(self.root))
    def preorder(self):
        out, stack = [], [self.root] if self.root else []
        while stack:
            n = stack.pop()
            out.append(n.key)
            if n.right:
                stack.append(n.right)
            if n.left:
                stack.append(n.left)
        return out
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)
    def delete(self, key):
        def rem(n, key):
            if n is None:
                return None, False
            if key < n.key:
                n.left, ok = rem(n.left, key)
                return n, ok
            if key > n.key:
                n.right, ok = rem(n.right, key)
                return n, ok
            if n.left is None:
                return n.right, True
            if n.right is None:
                return n.left, True
            succ = n.right
            while succ.left:
                succ = succ.left
            n.key = succ.key
            n.right, _ = rem(n.right, succ.key)
            return n, True
        self.root, ok = rem(self.root, key)
        if ok:
            self.count -= 1
        return ok
t = BST()
keys = [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]
print([t.insert(k) for k in keys])
print(t.inorder(), t.count, t.height())
print(t.preorder())
print(40 in t, 41 in t, 80 in t)
for k in [20, 30, 50, 99]:
    print("delete", k, t.delete(k), t.inorder(), t.count)
print(t.preorder(), t.height())
words = BST()
for w in "pear apple fig banana cherry apple kiwi".split():
    words.insert(w)
print(words.inorder(), words.count)
