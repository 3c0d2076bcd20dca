# Multi-frame traceback through nested functions, a lambda and a method
class Pipeline:
    def __init__(self, steps):
        self.steps = steps
    def run(self, value):
        for step in self.steps:
            value = step(value)
            print("after step:", value)
        return value
def build():
    def halve(x):
        return x / 2
    def invert(x):
        return 1 / x
    return Pipeline([halve, lambda x: x - 4, invert])
p = build()
print(p.run(10))
print(p.run(8))
