# IndexError inside a nested comprehension called from a function
def neighbors(grid, r, c):
    return [grid[r + dr][c] for dr in (-1, 1)]
grid = [[1, 2], [3, 4], [5, 6]]
print(neighbors(grid, 1, 0))
print([neighbors(grid, r, 1) for r in range(1, 3)])
