# re-raise, raise in except, exception variable lifetime
def level3():
    raise KeyError("deep key")
def level2():
    try:
        level3()
    except KeyError:
        print("level2 saw it, re-raising")
        raise
def level1():
    try:
        level2()
    except LookupError as e:
        print("level1 caught", type(e).__name__, e)
        return "handled"
print(level1())
def conditional_reraise(flag):
    try:
        raise ValueError(flag)
    except ValueError as e:
        if flag == "reraise":
            raise
        return "kept " + str(e)
print(conditional_reraise("keep"))
try:
    conditional_reraise("reraise")
except ValueError as e:
    print("outer got", e)
def raise_saved():
    saved = None
    try:
        [].pop()
    except IndexError as e:
        saved = e
    print("saved:", saved)
    try:
        raise saved
    except IndexError as e2:
        print("raised again:", e2, e2 is saved)
raise_saved()
def transform():
    try:
        int("bad")
    except ValueError as e:
        raise RuntimeError("wrapped: " + str(e))
try:
    transform()
except RuntimeError as e:
    print(e)
    print(type(e.__context__).__name__)
count = 0
def flaky():
    global count
    count += 1
    if count < 3:
        raise ConnectionError("attempt " + str(count))
    return "success after " + str(count)
for attempt in range(5):
    try:
        print(flaky())
        break
    except ConnectionError as e:
        print("retry:", e)
def except_star_types(v):
    try:
        return 10 / v
    except (ZeroDivisionError, TypeError) as e:
        return type(e).__name__
print(except_star_types(2), except_star_types(0), except_star_types("s"))
e_obj = None
try:
    raise OSError(2, "No such thing")
except OSError as e:
    e_obj = e
    print(e.errno, e.strerror, e.args, str(e))
print(type(e_obj).__name__)
try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print("NotImplementedError is a RuntimeError:", e)
