# Sudoku solver with constraint propagation + backtracking
puzzle = (
    "53..7...."
    "6..195..."
    ".98....6."
    "8...6...3"
    "4..8.3..1"
    "7...2...6"
    ".6....28."
    "...419..5"
    "....8..79"
)
grid = [[0 if ch == "." else int(ch) for ch in puzzle[r * 9:(r + 1) * 9]] for r in range(9)]
def show(g):
    for r in range(9):
        row = ""
        for c in range(9):
            row += str(g[r][c]) if g[r][c] else "."
            if c in (2, 5):
                row += "|"
        print(row)
        if r in (2, 5):
            print("---+---+---")
def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]
calls = [0]
def solve(g):
    calls[0] += 1
    best = None
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                cand = candidates(g, r, c)
                if best is None or len(cand) < len(best[2]):
                    best = (r, c, cand)
    if best is None:
        return True
    r, c, cand = best
    for d in cand:
        g[r][c] = d
        if solve(g):
            return True
    g[r][c] = 0
    return False
show(grid)
print("empty cells:", sum(row.count(0) for row in grid))
print(solve(grid), "calls:", calls[0])
show(grid)
ok = all(sorted(row) == list(range(1, 10)) for row in grid)
ok = ok and all(sorted(grid[r][c] for r in range(9)) == list(range(1, 10)) for c in range(9))
print("valid:", ok, "checksum:", sum(grid[i][i] for i in range(9)), grid[0][:3] + grid[4][3:6] + grid[8][6:])
