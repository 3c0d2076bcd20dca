# Uncaught custom exception with __str__ and multiple args
class ParseError(ValueError):
    __module__ = "myapp.errors"
    def __init__(self, line, col):
        super().__init__(line, col)
        self.line = line
        self.col = col
    def __str__(self):
        return "parse failed at %d:%d" % (self.line, self.col)
try:
    raise ParseError(1, 2)
except ValueError as e:
    print("caught:", e, e.args)
raise ParseError(3, 14)
