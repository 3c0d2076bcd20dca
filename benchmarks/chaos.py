"""Chaos: the chaos game played with spline-shaped maps.

Three cubic B-splines (evaluated with de Boor's algorithm) each define a map
of the unit square onto a band along the curve: x picks the curve parameter,
y the offset along the curve's normal.  Repeatedly applying a map chosen at
random (weighted by curve length, from random seeded with a fixed value)
draws a fractal; the hits are counted on a small canvas whose summary is
printed.  Exercises small vector objects, float arithmetic and the random
module.

Usage: chaos.py N   -- play N * STEPS_PER_ITERATION rounds of the game.
"""

import random
import sys
from math import sqrt

STEPS_PER_ITERATION = 5000
WIDTH = 128
HEIGHT = 128
THICKNESS = 0.5


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, factor):
        return Vec(self.x * factor, self.y * factor)

    def length(self):
        return sqrt(self.x * self.x + self.y * self.y)

    def blend(self, other, weight_self, weight_other):
        return Vec(self.x * weight_self + other.x * weight_other,
                   self.y * weight_self + other.y * weight_other)

    def __repr__(self):
        return "Vec(%.6f, %.6f)" % (self.x, self.y)


class BSpline:
    """A clamped B-spline of the given degree through control points."""

    def __init__(self, points, degree):
        if len(points) <= degree:
            raise ValueError("a degree-%d spline needs more than %d points"
                             % (degree, degree))
        self.points = points
        self.degree = degree
        inner = len(points) - degree
        # Clamped uniform knots: degree+1 copies of 0 and of 1 at the ends.
        self.knots = ([0.0] * degree
                      + [i / inner for i in range(inner + 1)]
                      + [1.0] * degree)

    def domain(self):
        return self.knots[self.degree], self.knots[len(self.points)]

    def span(self, u):
        """Index k with knots[k] <= u < knots[k + 1] (last span at the end)."""
        knots = self.knots
        low = self.degree
        high = len(self.points) - 1
        if u >= knots[high + 1]:
            return high
        while low < high:
            middle = (low + high + 1) // 2
            if knots[middle] <= u:
                low = middle
            else:
                high = middle - 1
        return low

    def __call__(self, u):
        degree = self.degree
        knots = self.knots
        k = self.span(u)
        base = k - degree
        work = self.points[base:k + 1]
        for level in range(1, degree + 1):
            for j in range(degree, level - 1, -1):
                left = knots[base + j]
                alpha = (u - left) / (knots[j + 1 + k - level] - left)
                work[j] = work[j - 1].blend(work[j], 1.0 - alpha, alpha)
        return work[degree]

    def approximate_length(self, samples=64):
        start, end = self.domain()
        previous = self(start)
        total = 0.0
        for i in range(1, samples + 1):
            point = self(start + (end - start) * i / samples)
            total += (point - previous).length()
            previous = point
        return total


class ChaosGame:
    def __init__(self, splines, thickness):
        self.splines = splines
        self.thickness = thickness
        lengths = [spline.approximate_length() for spline in splines]
        total = sum(lengths)
        self.cumulative = []
        running = 0.0
        for length in lengths:
            running += length / total
            self.cumulative.append(running)
        xs = [p.x for s in splines for p in s.points]
        ys = [p.y for s in splines for p in s.points]
        margin = thickness / 2
        self.min_x = min(xs) - margin
        self.min_y = min(ys) - margin
        self.width = max(xs) + margin - self.min_x
        self.height = max(ys) + margin - self.min_y

    def pick(self):
        r = random.random()
        for index, bound in enumerate(self.cumulative):
            if r <= bound:
                return index
        return len(self.cumulative) - 1

    def transform(self, point):
        """Map a point of the unit square onto a band along a random spline."""
        spline = self.splines[self.pick()]
        start, end = spline.domain()
        u = start + point.x * (end - start)
        step = (end - start) * 1e-4
        here = spline(u)
        if u + step <= end:
            tangent = spline(u + step) - here
        else:
            tangent = here - spline(u - step)
        size = tangent.length()
        if size == 0.0:
            tangent, size = Vec(1.0, 0.0), 1.0
        normal = Vec(-tangent.y / size, tangent.x / size)
        moved = here + normal * ((point.y - 0.5) * self.thickness)
        return Vec(clamp((moved.x - self.min_x) / self.width),
                   clamp((moved.y - self.min_y) / self.height))

    def play(self, steps, canvas):
        point = Vec(0.5, 0.5)
        for _ in range(steps):
            point = self.transform(point)
            column = int(point.x * (WIDTH - 1))
            row = int(point.y * (HEIGHT - 1))
            canvas[row][column] += 1
        return point


def clamp(value):
    if value < 0.0:
        return 0.0
    if value > 1.0:
        return 1.0
    return value


def make_splines():
    # Curves of different spans and directions give the maps different
    # fixed points, so the attractor spreads over the picture.
    return [
        BSpline([Vec(0.0, 0.0), Vec(0.5, 2.0), Vec(1.5, 2.6), Vec(2.5, 2.0),
                 Vec(3.0, 0.0)], 3),
        BSpline([Vec(3.0, 0.3), Vec(2.4, 1.4), Vec(1.8, 0.2),
                 Vec(1.0, 1.2)], 3),
        BSpline([Vec(0.0, 1.2), Vec(0.4, 0.4), Vec(1.0, 0.9), Vec(1.2, 0.2),
                 Vec(1.6, -0.4)], 3),
    ]


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    random.seed(1234)
    game = ChaosGame(make_splines(), THICKNESS)
    canvas = [[0] * WIDTH for _ in range(HEIGHT)]
    last = game.play(iterations * STEPS_PER_ITERATION, canvas)
    lit = 0
    weighted = 0
    for row_index, row in enumerate(canvas):
        for column_index, hits in enumerate(row):
            if hits:
                lit += 1
                weighted += hits * (row_index * WIDTH + column_index + 1)
    print("chaos x%d: lit=%d weighted=%d last=%r"
          % (iterations, lit, weighted % 1000000007, last))


if __name__ == "__main__":
    main()
