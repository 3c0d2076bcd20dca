# Uncaught IndexError inside a function
def nth(seq, n):
    return seq[n]
data = [10, 20, 30]
print(nth(data, 0), nth(data, -1))
print(nth(data, 3))
