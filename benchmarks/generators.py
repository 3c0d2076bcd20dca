"""Generators: deep chains of generators and recursive `yield from`.

Two workloads, both made of generator frames suspended inside one another:

* a balanced binary tree walked in order by a recursive generator that
  delegates to its children with `yield from`, so every value travels up
  through as many suspended frames as the tree is deep;
* a pipeline of generator stages, each pulling from the one below it with
  a plain `for` loop and yielding a transformed value, plus `send()` into
  a running-total coroutine-style generator.

Usage: generators.py N  -- walk the tree and run the pipeline N times.
"""

import sys

TREE_DEPTH = 15
PIPELINE_STAGES = 20
PIPELINE_LENGTH = 2000


class Node:
    __slots__ = ("left", "value", "right")

    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right


def build_tree(depth, first):
    """A full tree of the given depth holding first, first+1, ... in order."""
    if depth == 0:
        return None, first
    left, next_value = build_tree(depth - 1, first)
    value = next_value
    right, next_value = build_tree(depth - 1, value + 1)
    return Node(left, value, right), next_value


def walk(node):
    if node.left is not None:
        yield from walk(node.left)
    yield node.value
    if node.right is not None:
        yield from walk(node.right)


def walk_depths(node, depth):
    """Yield (value, depth) pairs, delegating through `yield from` and
    returning the subtree height as the generator's return value."""
    left_height = right_height = 0
    if node.left is not None:
        left_height = yield from walk_depths(node.left, depth + 1)
    yield node.value, depth
    if node.right is not None:
        right_height = yield from walk_depths(node.right, depth + 1)
    return 1 + max(left_height, right_height)


def source(n):
    i = 0
    while i < n:
        yield i
        i += 1


def stage(upstream, k):
    for x in upstream:
        yield (x * 3 + k) % 1000003


def evens(upstream):
    for x in upstream:
        if x % 2 == 0:
            yield x


def running_total():
    total = 0
    count = 0
    while True:
        x = yield total
        if x is None:
            return count
        total = (total + x) % 1000000007
        count += 1


def run_pipeline():
    pipe = source(PIPELINE_LENGTH)
    for k in range(PIPELINE_STAGES):
        pipe = stage(pipe, k)
    pipe = evens(pipe)
    totaliser = running_total()
    next(totaliser)
    total = 0
    for x in pipe:
        total = totaliser.send(x)
    try:
        totaliser.send(None)
    except StopIteration as stop:
        count = stop.value
    return total, count


def run_tree(tree):
    checksum = 0
    count = 0
    for value in walk(tree):
        checksum = (checksum * 31 + value) % 1000000007
        count += 1
    depth_sum = 0
    gen = walk_depths(tree, 0)
    while True:
        try:
            value, depth = next(gen)
        except StopIteration as stop:
            height = stop.value
            break
        depth_sum += depth
    return count, checksum, depth_sum, height


def main():
    n = int(sys.argv[1])
    tree, _ = build_tree(TREE_DEPTH, 0)
    result = None
    for _ in range(n):
        result = run_tree(tree) + run_pipeline()
    print("tree: %d values, checksum %d, depth sum %d, height %d; "
          "pipeline: total %d over %d values" % result)


if __name__ == "__main__":
    main()
