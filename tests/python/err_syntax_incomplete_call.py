def show(v):
    print(v)
show(1 +)
