class Calculator:
    def combine(self, a, b):
        return a +* b
print(Calculator().combine(1, 2))
