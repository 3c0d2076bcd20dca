"""Float: many small objects with float attributes.

Builds POINTS points from math.sin/math.cos of their index, normalizes each
one (math.sqrt and three divisions), then folds them into the component-wise
maximum.  Exercises object allocation, attribute stores and loads, float
arithmetic and method calls.

Usage: float.py N   -- build, normalize and maximize the points N times.
"""

import sys
from math import cos, sin, sqrt

POINTS = 50000


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%.6f, y=%.6f, z=%.6f>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for point in points[1:]:
        best.maximize(point)
    return best


def benchmark(count):
    points = [None] * count
    for i in range(count):
        points[i] = Point(i)
    for point in points:
        point.normalize()
    return maximize(points)


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    for _ in range(iterations):
        result = benchmark(POINTS)
    print("float x%d: %r" % (iterations, result))


if __name__ == "__main__":
    main()
