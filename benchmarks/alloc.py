"""Alloc: create and drop many small objects.

Each round builds and tears down the kinds of short-lived objects
programs make all the time: a singly linked list of small class instances
(built, walked, reversed, dropped), complete binary trees of instances
with __slots__ (built, checked, dropped, many of them), and a churn of
small tuples, lists and dicts that each live for one loop iteration.

Usage: alloc.py N  -- run N rounds.
"""

import sys

LIST_LENGTH = 5000
TREE_DEPTH = 10
TREES = 6
CHURN = 5000


class Cell:
    def __init__(self, value, rest):
        self.value = value
        self.rest = rest


class TreeNode:
    __slots__ = ("left", "right", "item")

    def __init__(self, left, right, item):
        self.left = left
        self.right = right
        self.item = item


def linked_list_round():
    head = None
    for i in range(LIST_LENGTH):
        head = Cell(i, head)
    # Reverse into fresh cells, dropping the old ones as we go.
    reversed_head = None
    while head is not None:
        reversed_head = Cell(head.value * 2, reversed_head)
        head = head.rest
    total = 0
    node = reversed_head
    while node is not None:
        total += node.value
        node = node.rest
    return total


def make_tree(depth, item):
    if depth == 0:
        return TreeNode(None, None, item)
    return TreeNode(make_tree(depth - 1, 2 * item - 1), make_tree(depth - 1, 2 * item), item)


def check_tree(node):
    if node.left is None:
        return node.item
    return node.item + check_tree(node.left) - check_tree(node.right)


def tree_round():
    total = 0
    for i in range(TREES):
        total += check_tree(make_tree(TREE_DEPTH, i))
    return total


def churn_round():
    total = 0
    for i in range(CHURN):
        pair = (i, i + 1)
        triple = [pair, i * 2, str(i % 10)]
        record = {"pair": pair, "triple": triple, "n": i}
        nested = (record, [triple], (pair,))
        total += nested[0]["pair"][1] + len(nested[1][0]) + len(record)
    return total


def main():
    n = int(sys.argv[1])
    result = None
    for _ in range(n):
        result = (linked_list_round(), tree_round(), churn_round())
    print("linked list %d, trees %d, churn %d" % result)


if __name__ == "__main__":
    main()
