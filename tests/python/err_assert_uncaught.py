# Uncaught AssertionError with a message
def normalize(v):
    total = sum(v)
    assert total != 0, "cannot normalize zero vector"
    return [x / total for x in v]
print(normalize([1, 1, 2]))
print(normalize([0, 0]))
