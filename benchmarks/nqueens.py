"""N-queens: brute force over permutations with generators and sets.

Every permutation of range(n) (produced by a hand-written generator, in
lexicographic order) places one queen per row and column; a placement is a
solution when the queens' diagonals are all distinct, which is checked by
building sets from generator expressions.  Exercises generators, tuple
building, generator expressions and set construction.

Usage: nqueens.py N   -- solve the BOARD-queens problem N times.
"""

import sys

BOARD = 8


def permutations(items):
    """Yield every ordering of `items` as a tuple, in lexicographic order
    of positions."""
    pool = list(items)
    n = len(pool)
    indices = list(range(n))
    yield tuple(pool)
    while True:
        # Find the rightmost ascent, swap in its successor, reverse the tail.
        i = n - 2
        while i >= 0 and indices[i] > indices[i + 1]:
            i -= 1
        if i < 0:
            return
        j = n - 1
        while indices[j] < indices[i]:
            j -= 1
        indices[i], indices[j] = indices[j], indices[i]
        indices[i + 1:] = indices[:i:-1]
        yield tuple(pool[k] for k in indices)


def queens(n):
    columns = range(n)
    for placement in permutations(columns):
        if (n == len(set(placement[row] + row for row in columns))
                == len(set(placement[row] - row for row in columns))):
            yield placement


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    for _ in range(iterations):
        solutions = list(queens(BOARD))
    digest = 0
    for placement in solutions:
        for column in placement:
            digest = (digest * BOARD + column) % 1000000007
    print("nqueens(%d) x%d: solutions=%d first=%s last=%s digest=%d"
          % (BOARD, iterations, len(solutions),
             "".join(map(str, solutions[0])),
             "".join(map(str, solutions[-1])), digest))


if __name__ == "__main__":
    main()
