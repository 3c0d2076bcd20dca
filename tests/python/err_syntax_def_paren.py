print("never printed")
def broken(:
    return 1
