# Identical consecutive traceback entries collapse after three repeats
def descend(n):
    if n == 0:
        raise ValueError("reached the bottom")
    return descend(n - 1)
print("descending")
descend(6)
