# finally interacting with return, break, continue
def ret_override():
    try:
        return "try"
    finally:
        return "finally"
print(ret_override())
def ret_value_snapshot():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("finally sees x =", x)
print(ret_value_snapshot())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "loop exited, i=" + str(i)
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise IndexError
            out.append(i)
        finally:
            out.append("fin")
            continue
    return out
print(continue_in_finally())
def nested_finally():
    log = []
    try:
        try:
            log.append("inner try")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(nested_finally())
def finally_order_in_loop():
    log = []
    for i in range(3):
        try:
            try:
                if i == 2:
                    break
                log.append("body" + str(i))
            finally:
                log.append("f1-" + str(i))
        finally:
            log.append("f2-" + str(i))
    return log
print(finally_order_in_loop())
def while_return():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("finally n =", n)
print(while_return())
def exc_in_finally():
    try:
        try:
            raise ValueError("first")
        finally:
            raise TypeError("second")
    except Exception as e:
        return type(e).__name__ + " " + str(e) + " ctx=" + repr(e.__context__)
print(exc_in_finally())
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
gf = gen_finally()
for v in gf:
    print("v", v)
    break
print("after break")
gf.close()
print("after close")
