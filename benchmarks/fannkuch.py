"""Fannkuch: pancake flips over every permutation of 1..n.

For each permutation of range(n) (generated in the order of the "fannkuch-
redux" counting scheme), repeatedly reverse the prefix whose length is given
by the first element until that element is 0; count the flips.  Reports the
maximum flip count and a checksum alternating in sign with the permutation
index.  The work is list copies, slice reversal and slice assignment.

Usage: fannkuch.py N   -- solve the n = SIZE puzzle N times.
"""

import sys

SIZE = 8


def fannkuch(n):
    order = list(range(n))
    counters = [0] * n
    max_flips = 0
    checksum = 0
    index = 0
    level = n
    while True:
        while level != 1:
            counters[level - 1] = level
            level -= 1

        first = order[0]
        if first:
            stack = order[:]
            flips = 0
            while first:
                stack[:first + 1] = stack[first::-1]
                flips += 1
                first = stack[0]
            if flips > max_flips:
                max_flips = flips
            if index & 1:
                checksum -= flips
            else:
                checksum += flips

        # Advance to the next permutation: rotate the first level+1
        # elements left, carrying into higher levels when a counter runs out.
        while True:
            if level == n:
                return checksum, max_flips
            head = order[0]
            order[:level] = order[1:level + 1]
            order[level] = head
            counters[level] -= 1
            if counters[level] > 0:
                break
            level += 1
        index += 1


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    total = 0
    for _ in range(iterations):
        checksum, max_flips = fannkuch(SIZE)
        total += checksum
    print("fannkuch(%d) x%d: checksum=%d max_flips=%d total=%d"
          % (SIZE, iterations, checksum, max_flips, total))


if __name__ == "__main__":
    main()
