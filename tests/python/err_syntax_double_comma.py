# a list display with an empty element
def make():
    return [1, 2,, 3]
