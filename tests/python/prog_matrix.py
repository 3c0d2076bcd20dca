# Matrix operations with nested lists
def mat_mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def mat_pow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        e >>= 1
    return result
def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
def show(m):
    for row in m:
        print(" ".join(f"{v:6}" for v in row))
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(mat_mul(A, B))
show(transpose(A))
show(mat_mul(B, A))
fibm = mat_pow([[1, 1], [1, 0]], 90)
print(fibm[0][1])
print(det([[2]]), det([[1, 2], [3, 4]]), det([[6, 1, 1], [4, -2, 5], [2, 8, 7]]), det(identity(4)))
M = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
print(det(M), mat_pow(M, 3))
def solve(a, b):
    n = len(a)
    aug = [list(map(float, row)) + [float(v)] for row, v in zip(a, b)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(aug[r][col]))
        aug[col], aug[piv] = aug[piv], aug[col]
        for r in range(n):
            if r != col:
                f = aug[r][col] / aug[col][col]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
    return [round(aug[i][n] / aug[i][i], 9) for i in range(n)]
print(solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]))
print(solve([[1, 1], [1, -1]], [10, 2]))
spiral = [[0] * 5 for _ in range(5)]
r = c = 0
dr, dc = 0, 1
for v in range(1, 26):
    spiral[r][c] = v
    nr, nc = r + dr, c + dc
    if not (0 <= nr < 5 and 0 <= nc < 5 and spiral[nr][nc] == 0):
        dr, dc = dc, -dr
        nr, nc = r + dr, c + dc
    r, c = nr, nc
show(spiral)
print([spiral[i][i] for i in range(5)], sum(spiral[i][4 - i] for i in range(5)))
