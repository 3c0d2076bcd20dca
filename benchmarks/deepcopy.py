"""Deepcopy: copy.deepcopy of nested structures.

The structure being copied has what deepcopy has to handle in practice:
dicts, lists and tuples nested several levels deep; tuples that hold only
immutable values (which deepcopy may return as they are) next to tuples
that hold lists; instances of plain classes (copied through their
__dict__); instances with their own __deepcopy__; objects shared by
several containers (which must stay shared in the copy, through the memo)
and a reference cycle.

Usage: deepcopy.py N  -- deep-copy the structure N times.
"""

import copy
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Shape:
    def __init__(self, name, points, style):
        self.name = name
        self.points = points
        self.style = style
        self.meta = {"closed": len(points) > 2, "tags": ("shape", name)}


class Counter:
    """Copies itself with __deepcopy__, keeping a count of how often."""

    copies = 0

    def __init__(self, start, history):
        self.value = start
        self.history = history

    def __deepcopy__(self, memo):
        Counter.copies += 1
        return Counter(self.value + 1, copy.deepcopy(self.history, memo))


class Graph:
    def __init__(self, name):
        self.name = name
        self.edges = []


def make_structure(seed):
    style = {"stroke": "black", "width": 1.5, "dash": (4, 2)}     # shared
    shapes = []
    for i in range(12):
        points = [Point(seed + i + k, (seed * k) % 7) for k in range(3 + i % 4)]
        shapes.append(Shape("s%d" % i, points, style))
    a = Graph("a")
    b = Graph("b")
    a.edges.append(b)
    b.edges.append(a)                                             # a cycle
    records = []
    for i in range(20):
        records.append({
            "id": i,
            "frozen": (i, "r%d" % i, 2.5 * i, None, True),
            "mixed": (i, [i, i + 1], {"k": i}),
            "nested": [[j, [j * i, (j, str(j))]] for j in range(4)],
            "counter": Counter(i, [i, (i,)]),
        })
    return {
        "shapes": shapes,
        "style": style,
        "graphs": [a, b],
        "records": records,
        "lookup": {i: shapes[i % len(shapes)] for i in range(30)},
        "matrix": [[float(r * c) for c in range(8)] for r in range(8)],
    }


def summarise(doc):
    """Checks that the copy kept sharing and cycles, and sums its contents."""
    total = 0
    for shape in doc["shapes"]:
        for p in shape.points:
            total += p.x * 3 + p.y
        total += len(shape.meta["tags"][1])
    shared_style = all(s.style is doc["style"] for s in doc["shapes"])
    lookup_shared = all(doc["lookup"][i] is doc["shapes"][i % 12] for i in range(30))
    a, b = doc["graphs"]
    cycle = a.edges[0] is b and b.edges[0] is a
    for r in doc["records"]:
        total += r["id"] + r["mixed"][1][1] + r["counter"].value + r["counter"].history[1][0]
        for j, (x, (y, s)) in r["nested"]:
            total += j + x + y + len(s)
    total += int(sum(sum(row) for row in doc["matrix"]))
    return total, shared_style, lookup_shared, cycle


def main():
    n = int(sys.argv[1])
    original = make_structure(5)
    result = None
    for _ in range(n):
        clone = copy.deepcopy(original)
        result = clone
    summary = summarise(result)
    distinct = result["shapes"][0] is not original["shapes"][0] and \
        result["style"] is not original["style"] and \
        result["records"][0]["frozen"] == original["records"][0]["frozen"]
    print("sum %d, style shared %s, lookup shared %s, cycle kept %s, distinct %s, "
          "__deepcopy__ calls %d" % (summary + (distinct, Counter.copies)))


if __name__ == "__main__":
    main()
