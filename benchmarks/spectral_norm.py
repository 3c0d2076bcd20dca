"""Spectral norm: the largest singular value of an infinite matrix.

A(i, j) = 1 / ((i + j) * (i + j + 1) / 2 + i + 1).  Ten rounds of the power
method on A^T A, truncated to SIZE x SIZE, give an estimate of ||A||_2
(about 1.2742).  Float arithmetic in nested loops and small function calls.

Usage: spectral_norm.py N   -- compute the norm N times.
"""

import sys
from math import sqrt

SIZE = 120


def entry(i, j):
    k = i + j
    return 1.0 / ((k * (k + 1) >> 1) + i + 1)


def times_a(vector, result):
    n = len(vector)
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(i, j) * vector[j]
        result[i] = total


def times_a_transposed(vector, result):
    n = len(vector)
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(j, i) * vector[j]
        result[i] = total


def times_ata(vector, result, scratch):
    times_a(vector, scratch)
    times_a_transposed(scratch, result)


def dot(a, b):
    total = 0.0
    for x, y in zip(a, b):
        total += x * y
    return total


def spectral_norm(n):
    u = [1.0] * n
    v = [0.0] * n
    scratch = [0.0] * n
    for _ in range(10):
        times_ata(u, v, scratch)
        times_ata(v, u, scratch)
    return sqrt(dot(u, v) / dot(v, v))


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    total = 0.0
    for _ in range(iterations):
        norm = spectral_norm(SIZE)
        total += norm
    print("spectral_norm(%d) x%d: %.9f sum=%.6f"
          % (SIZE, iterations, norm, total))


if __name__ == "__main__":
    main()
