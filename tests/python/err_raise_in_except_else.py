# Exception raised in an else clause is not caught by the preceding except
def process(v):
    try:
        n = int(v)
    except ValueError:
        print("not a number:", v)
        return None
    else:
        print("parsed", n)
        return 100 // n
print(process("x"))
print(process("7"))
print(process("0"))
