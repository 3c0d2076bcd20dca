# Exception chaining: __cause__, __context__, __suppress_context__
def show(e):
    print(type(e).__name__, repr(str(e)),
          "cause=" + repr(e.__cause__),
          "context=" + repr(e.__context__),
          "suppress=" + str(e.__suppress_context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")
except ValueError as e:
    show(e)
try:
    try:
        {}["k"]
    except KeyError as ke:
        raise RuntimeError("explicit") from ke
except RuntimeError as e:
    show(e)
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("no context") from None
except TypeError as e:
    show(e)
try:
    raise IndexError("direct") from KeyError("cause")
except IndexError as e:
    show(e)
    show(e.__cause__)
def deep():
    try:
        try:
            raise OSError("level1")
        except OSError:
            raise LookupError("level2")
    except LookupError:
        raise AssertionError("level3")
try:
    deep()
except AssertionError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__ + ":" + str(cur))
        cur = cur.__context__
    print(chain)
try:
    try:
        raise ValueError("orig")
    except ValueError as e:
        raise
except ValueError as e:
    show(e)
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        err = e
    raise TypeError("after handler")
except TypeError as e:
    show(e)
try:
    raise ValueError("x") from ZeroDivisionError
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
e = Exception("manual")
e.__cause__ = KeyError("set")
print(e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError("inner")
    except ValueError as exc:
        raise exc from exc
except ValueError as e:
    print(e.__cause__ is e, e.__context__ is e)
