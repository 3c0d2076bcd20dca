# N-Queens via backtracking, printing boards
def solve(n):
    solutions = []
    cols = [0] * n
    def place(row, used_cols, diag1, diag2):
        if row == n:
            solutions.append(list(cols))
            return
        for c in range(n):
            if c in used_cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols[row] = c
            used_cols.add(c)
            diag1.add(row - c)
            diag2.add(row + c)
            place(row + 1, used_cols, diag1, diag2)
            used_cols.discard(c)
            diag1.discard(row - c)
            diag2.discard(row + c)
    place(0, set(), set(), set())
    return solutions
for n in range(1, 9):
    print(n, len(solve(n)))
sols = solve(6)
for s in sols:
    print(s)
for row in solve(5)[0]:
    print("".join("Q" if c == row else "." for c in range(5)))
first8 = solve(8)[0]
print(first8)
print("\n".join(" ".join("Q" if c == r else "." for c in range(8)) for r in first8))
