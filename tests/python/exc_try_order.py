# try/except/else/finally execution order
def run(case):
    trace = []
    try:
        trace.append("try")
        if case == "raise":
            raise ValueError("boom")
        if case == "other":
            raise KeyError("k")
        trace.append("try-end")
    except ValueError as e:
        trace.append("except " + str(e))
    except (KeyError, IndexError) as e:
        trace.append("except-tuple " + type(e).__name__)
    else:
        trace.append("else")
    finally:
        trace.append("finally")
    trace.append("after")
    return trace
for c in ["ok", "raise", "other"]:
    print(c, run(c))
def nested(level):
    out = []
    try:
        out.append("outer-try")
        try:
            out.append("inner-try")
            if level == 1:
                raise TypeError("inner")
            if level == 2:
                raise NameError("to outer")
        except TypeError:
            out.append("inner-except")
        finally:
            out.append("inner-finally")
        out.append("between")
    except NameError as e:
        out.append("outer-except " + str(e))
    finally:
        out.append("outer-finally")
    return out
for lv in range(3):
    print(lv, nested(lv))
def except_order(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError branch"
    except Exception:
        return "Exception branch"
print(except_order(KeyError()), except_order(IndexError()), except_order(ValueError()))
def bare_except():
    try:
        [][1]
    except:
        return "bare caught"
print(bare_except())
try:
    try:
        1 / 0
    finally:
        print("finally runs before propagation")
except ZeroDivisionError:
    print("caught outside")
def loop_with_try():
    res = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            res.append(i)
        finally:
            res.append("f" + str(i))
    return res
print(loop_with_try())
x = 0
while True:
    try:
        x += 1
        if x > 2:
            raise StopIteration
    except StopIteration:
        print("stopping at", x)
        break
    else:
        print("no exception at", x)
