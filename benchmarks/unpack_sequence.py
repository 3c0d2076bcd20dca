"""Unpack sequence: tuple and list unpacking in long unrolled bodies.

Each loop body below is a straight run of assignments that unpack a
ten-element sequence into ten local names (the targets rotate from line to
line so no two neighbouring lines are the same), written out rather than
looped so that the unpacking itself, not loop overhead, is what runs.
The tuple and list bodies are the classic benchmark; a smaller third body
mixes in nested targets and starred targets.

Usage: unpack_sequence.py N  -- run each body N * 1000 times.
"""

import sys

LOOPS_PER_N = 1000


def unpack_tuple(loops, seq):
    total = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = seq
        b, c, d, e, f, g, h, i, j, a = seq
        c, d, e, f, g, h, i, j, a, b = seq
        d, e, f, g, h, i, j, a, b, c = seq
        e, f, g, h, i, j, a, b, c, d = seq
        f, g, h, i, j, a, b, c, d, e = seq
        g, h, i, j, a, b, c, d, e, f = seq
        h, i, j, a, b, c, d, e, f, g = seq
        i, j, a, b, c, d, e, f, g, h = seq
        j, a, b, c, d, e, f, g, h, i = seq
        a, b, c, d, e, f, g, h, i, j = seq
        b, c, d, e, f, g, h, i, j, a = seq
        c, d, e, f, g, h, i, j, a, b = seq
        d, e, f, g, h, i, j, a, b, c = seq
        e, f, g, h, i, j, a, b, c, d = seq
        f, g, h, i, j, a, b, c, d, e = seq
        g, h, i, j, a, b, c, d, e, f = seq
        h, i, j, a, b, c, d, e, f, g = seq
        i, j, a, b, c, d, e, f, g, h = seq
        j, a, b, c, d, e, f, g, h, i = seq
        a, b, c, d, e, f, g, h, i, j = seq
        b, c, d, e, f, g, h, i, j, a = seq
        c, d, e, f, g, h, i, j, a, b = seq
        d, e, f, g, h, i, j, a, b, c = seq
        e, f, g, h, i, j, a, b, c, d = seq
        f, g, h, i, j, a, b, c, d, e = seq
        g, h, i, j, a, b, c, d, e, f = seq
        h, i, j, a, b, c, d, e, f, g = seq
        i, j, a, b, c, d, e, f, g, h = seq
        j, a, b, c, d, e, f, g, h, i = seq
        a, b, c, d, e, f, g, h, i, j = seq
        b, c, d, e, f, g, h, i, j, a = seq
        c, d, e, f, g, h, i, j, a, b = seq
        d, e, f, g, h, i, j, a, b, c = seq
        e, f, g, h, i, j, a, b, c, d = seq
        f, g, h, i, j, a, b, c, d, e = seq
        g, h, i, j, a, b, c, d, e, f = seq
        h, i, j, a, b, c, d, e, f, g = seq
        i, j, a, b, c, d, e, f, g, h = seq
        j, a, b, c, d, e, f, g, h, i = seq
        total += a - b + 2 * c - d + 3 * e - f + 5 * g - h + 7 * i - j
    return total


def unpack_list(loops, seq):
    total = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = seq
        b, c, d, e, f, g, h, i, j, a = seq
        c, d, e, f, g, h, i, j, a, b = seq
        d, e, f, g, h, i, j, a, b, c = seq
        e, f, g, h, i, j, a, b, c, d = seq
        f, g, h, i, j, a, b, c, d, e = seq
        g, h, i, j, a, b, c, d, e, f = seq
        h, i, j, a, b, c, d, e, f, g = seq
        i, j, a, b, c, d, e, f, g, h = seq
        j, a, b, c, d, e, f, g, h, i = seq
        a, b, c, d, e, f, g, h, i, j = seq
        b, c, d, e, f, g, h, i, j, a = seq
        c, d, e, f, g, h, i, j, a, b = seq
        d, e, f, g, h, i, j, a, b, c = seq
        e, f, g, h, i, j, a, b, c, d = seq
        f, g, h, i, j, a, b, c, d, e = seq
        g, h, i, j, a, b, c, d, e, f = seq
        h, i, j, a, b, c, d, e, f, g = seq
        i, j, a, b, c, d, e, f, g, h = seq
        j, a, b, c, d, e, f, g, h, i = seq
        a, b, c, d, e, f, g, h, i, j = seq
        b, c, d, e, f, g, h, i, j, a = seq
        c, d, e, f, g, h, i, j, a, b = seq
        d, e, f, g, h, i, j, a, b, c = seq
        e, f, g, h, i, j, a, b, c, d = seq
        f, g, h, i, j, a, b, c, d, e = seq
        g, h, i, j, a, b, c, d, e, f = seq
        h, i, j, a, b, c, d, e, f, g = seq
        i, j, a, b, c, d, e, f, g, h = seq
        j, a, b, c, d, e, f, g, h, i = seq
        a, b, c, d, e, f, g, h, i, j = seq
        b, c, d, e, f, g, h, i, j, a = seq
        c, d, e, f, g, h, i, j, a, b = seq
        d, e, f, g, h, i, j, a, b, c = seq
        e, f, g, h, i, j, a, b, c, d = seq
        f, g, h, i, j, a, b, c, d, e = seq
        g, h, i, j, a, b, c, d, e, f = seq
        h, i, j, a, b, c, d, e, f, g = seq
        i, j, a, b, c, d, e, f, g, h = seq
        j, a, b, c, d, e, f, g, h, i = seq
        total += a - b + 2 * c - d + 3 * e - f + 5 * g - h + 7 * i - j
    return total


def unpack_mixed(loops, pairs, seq):
    total = 0
    for _ in range(loops):
        (a, b), (c, d), (e, f) = pairs
        a, b, c, d, *rest = seq
        a, *rest, b = seq
        a, b = b, a
        (a, b), (c, d), (e, f) = pairs
        b, c, d, e, *rest = seq
        b, *rest, c = seq
        a, b = b, a
        (a, b), (c, d), (e, f) = pairs
        c, d, e, f, *rest = seq
        c, *rest, d = seq
        a, b = b, a
        (a, b), (c, d), (e, f) = pairs
        d, e, f, g, *rest = seq
        d, *rest, e = seq
        a, b = b, a
        (a, b), (c, d), (e, f) = pairs
        e, f, g, h, *rest = seq
        e, *rest, f = seq
        a, b = b, a
        (a, b), (c, d), (e, f) = pairs
        f, g, h, i, *rest = seq
        f, *rest, g = seq
        a, b = b, a
        (a, b), (c, d), (e, f) = pairs
        g, h, i, j, *rest = seq
        g, *rest, h = seq
        a, b = b, a
        (a, b), (c, d), (e, f) = pairs
        h, i, j, a, *rest = seq
        h, *rest, i = seq
        a, b = b, a
        (a, b), (c, d), (e, f) = pairs
        i, j, a, b, *rest = seq
        i, *rest, j = seq
        a, b = b, a
        (a, b), (c, d), (e, f) = pairs
        j, a, b, c, *rest = seq
        j, *rest, a = seq
        a, b = b, a
        total += a - b + 2 * c - d + 3 * e - f + len(rest)
    return total


def main():
    n = int(sys.argv[1])
    loops = n * LOOPS_PER_N
    seq_tuple = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3)
    seq_list = [2, 7, 1, 8, 2, 8, 1, 8, 2, 8]
    pairs = ((1, 2), (3, 4), (5, 6))
    print("tuple %d, list %d, mixed %d" % (
        unpack_tuple(loops, seq_tuple),
        unpack_list(loops, seq_list),
        unpack_mixed(loops, pairs, seq_tuple),
    ))


if __name__ == "__main__":
    main()
