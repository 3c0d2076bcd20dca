# Uncaught ValueError from int()
def parse_all(items):
    out = []
    for s in items:
        out.append(int(s))
        print("parsed", s)
    return out
parse_all(["1", "22", "x3", "4"])
