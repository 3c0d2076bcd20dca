"""Hexiom: solve hexagonal tile puzzles by search with constraint propagation.

The board is a hexagon of cells.  Each tile carries a number 0-6 and must
end up on a cell with exactly that many occupied neighbours; some tiles are
locked in place from the start, the rest may go on any free cell, and the
cells left over stay empty.  The solver keeps, for every cell, a bitmask of
what may still go there (a tile value or EMPTY), narrows the masks by
propagating the neighbour-count and tile-count rules to a fixed point, and
branches on the most constrained cell.  Every puzzle is solved completely
(all solutions counted), so the work does not depend on luck in the order
of the search.

Usage: hexiom.py N  -- solve the puzzle set N times.
"""

import sys

EMPTY = 7
EMPTY_BIT = 1 << EMPTY
TILE_BITS = (1 << EMPTY) - 1
ALL_BITS = TILE_BITS | EMPTY_BIT

# For every 8-bit mask: the number of values in it, and its only value or -1.
POPCOUNT = [bin(m).count("1") for m in range(256)]
ONLY_VALUE = [-1] * 256
for _v in range(8):
    ONLY_VALUE[1 << _v] = _v

DIRECTIONS = ((1, 0), (1, -1), (0, -1), (-1, 0), (-1, 1), (0, 1))


class Board:
    """The cells of a hexagon with `side` cells per edge, in axial coordinates."""

    def __init__(self, side):
        self.side = side
        limit = side - 1
        self.coords = []
        for r in range(-limit, limit + 1):
            for q in range(-limit, limit + 1):
                if abs(q + r) <= limit:
                    self.coords.append((q, r))
        index = {}
        for i, c in enumerate(self.coords):
            index[c] = i
        self.neighbours = []
        for q, r in self.coords:
            around = []
            for dq, dr in DIRECTIONS:
                j = index.get((q + dq, r + dr))
                if j is not None:
                    around.append(j)
            self.neighbours.append(tuple(around))
        self.size = len(self.coords)

    def render(self, values):
        """The board's rows, e.g. '. 2 3' with '.' for an empty cell."""
        rows = []
        i = 0
        limit = self.side - 1
        for r in range(-limit, limit + 1):
            width = 2 * limit + 1 - abs(r)
            cells = values[i:i + width]
            i += width
            text = " ".join("." if v == EMPTY else str(v) for v in cells)
            rows.append(text)
        return rows


class Puzzle:
    def __init__(self, board, counts, locked):
        self.board = board
        self.counts = counts      # counts[v]: tiles with value v (0-6), counts[7]: empty cells
        self.locked = locked      # {cell: value} fixed before the search starts


class Lcg:
    """A tiny deterministic generator so every Python builds the same puzzles."""

    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def make_puzzle(side, tiles, locked_tiles, seed):
    """Place `tiles` tiles at random, read off their numbers, then forget the
    placement except for `locked_tiles` of them."""
    board = Board(side)
    rng = Lcg(seed)
    cells = list(range(board.size))
    occupied = []
    for _ in range(tiles):
        occupied.append(cells.pop(rng.next(len(cells))))
    is_occupied = [False] * board.size
    for c in occupied:
        is_occupied[c] = True
    counts = [0] * 8
    values = {}
    for c in occupied:
        v = 0
        for n in board.neighbours[c]:
            if is_occupied[n]:
                v += 1
        values[c] = v
        counts[v] += 1
    counts[EMPTY] = board.size - tiles
    locked = {}
    for _ in range(locked_tiles):
        c = occupied.pop(rng.next(len(occupied)))
        locked[c] = values[c]
    return Puzzle(board, counts, locked)


class Contradiction(Exception):
    pass


class Solver:
    def __init__(self, puzzle):
        self.puzzle = puzzle
        self.board = puzzle.board
        self.solutions = 0
        self.first = None
        self.nodes = 0

    def initial_domains(self):
        counts = self.puzzle.counts
        allowed = 0
        for v in range(8):
            if counts[v]:
                allowed |= 1 << v
        domains = [allowed] * self.board.size
        for c, v in self.puzzle.locked.items():
            domains[c] = 1 << v
        return domains

    def propagate(self, domains):
        """Narrow `domains` in place until nothing changes; raise Contradiction
        when some cell has no possibility left."""
        neighbours = self.board.neighbours
        counts = self.puzzle.counts
        size = self.board.size
        changed = True
        while changed:
            changed = False
            # Neighbour-count rule, seen from each cell.
            for c in range(size):
                d = domains[c]
                occ_min = 0
                occ_max = 0
                for n in neighbours[c]:
                    dn = domains[n]
                    if dn & TILE_BITS:
                        occ_max += 1
                        if not dn & EMPTY_BIT:
                            occ_min += 1
                if d & TILE_BITS:
                    # A tile here needs between occ_min and occ_max neighbours.
                    fit = (((1 << (occ_max + 1)) - 1) >> occ_min) << occ_min
                    nd = d & (fit | EMPTY_BIT)
                    if nd != d:
                        if not nd:
                            raise Contradiction()
                        domains[c] = d = nd
                        changed = True
                v = ONLY_VALUE[d]
                if v < 0 or v == EMPTY or occ_min == occ_max:
                    continue
                if v == occ_min:
                    # Enough neighbours are occupied: the undecided ones are empty.
                    for n in neighbours[c]:
                        dn = domains[n]
                        if dn & EMPTY_BIT and dn != EMPTY_BIT:
                            domains[n] = EMPTY_BIT
                            changed = True
                elif v == occ_max:
                    # Every neighbour that can hold a tile must hold one.
                    for n in neighbours[c]:
                        dn = domains[n]
                        if dn & EMPTY_BIT and dn & TILE_BITS:
                            domains[n] = dn & TILE_BITS
                            changed = True
            # Tile-count rule, seen from each value.
            for v in range(8):
                bit = 1 << v
                fixed = 0
                possible = 0
                for d in domains:
                    if d & bit:
                        possible += 1
                        if d == bit:
                            fixed += 1
                need = counts[v]
                if fixed > need or possible < need:
                    raise Contradiction()
                if fixed == need and possible > need:
                    for c in range(size):
                        d = domains[c]
                        if d & bit and d != bit:
                            nd = d & ~bit
                            if not nd:
                                raise Contradiction()
                            domains[c] = nd
                            changed = True
                elif possible == need and fixed < need:
                    for c in range(size):
                        if domains[c] & bit:
                            domains[c] = bit
                    changed = True

    def search(self, domains):
        self.nodes += 1
        try:
            self.propagate(domains)
        except Contradiction:
            return
        best = -1
        best_size = 9
        for c in range(self.board.size):
            k = POPCOUNT[domains[c]]
            if 1 < k < best_size:
                best = c
                best_size = k
        if best < 0:
            self.solutions += 1
            if self.first is None:
                self.first = [ONLY_VALUE[d] for d in domains]
            return
        d = domains[best]
        for v in range(8):
            if d & (1 << v):
                trial = domains[:]
                trial[best] = 1 << v
                self.search(trial)

    def solve(self):
        self.search(self.initial_domains())
        return self.solutions


# (side, tiles, locked tiles, seed)
PUZZLES = [
    (3, 12, 2, 7),
    (3, 11, 3, 4),
    (4, 18, 8, 2),
    (4, 18, 8, 7),
]


def run_once():
    report = []
    for side, tiles, locked, seed in PUZZLES:
        solver = Solver(make_puzzle(side, tiles, locked, seed))
        solver.solve()
        report.append((solver.solutions, solver.nodes, solver.first, solver.board))
    return report


def main():
    n = int(sys.argv[1])
    report = None
    for _ in range(n):
        report = run_once()
    for i, (solutions, nodes, first, board) in enumerate(report):
        print("puzzle %d: %d solutions, %d nodes; first: %s"
              % (i, solutions, nodes, " / ".join(board.render(first))))


if __name__ == "__main__":
    main()
