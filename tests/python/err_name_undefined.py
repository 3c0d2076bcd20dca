# NameError for a name with no similar names
def compute(n):
    result = n * 2
    print("computed", result)
    return result + qqzzxv_total
compute(1)
