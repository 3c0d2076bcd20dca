# Three chained exceptions mixing cause and context
def step1():
    raise KeyError("step1")
def step2():
    try:
        step1()
    except KeyError as e:
        raise ValueError("step2") from e
def step3():
    try:
        step2()
    except ValueError:
        raise RuntimeError("step3")
print("start")
step3()
