# Traceback through methods and a property
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    @property
    def width(self):
        return len(self.rows[0])
    def column(self, i):
        return [r[i] for r in self.rows]
    def transpose(self):
        return Matrix([self.column(i) for i in range(self.width)])
m = Matrix([[1, 2, 3], [4, 5, 6]])
print(m.transpose().rows)
bad = Matrix([[1, 2], [3]])
print(bad.transpose().rows)
