# Nested try blocks, exceptions in handlers and handlers of different depths
def parse(s):
    try:
        try:
            v = int(s)
        except ValueError:
            try:
                v = float(s)
            except ValueError:
                raise TypeError("not a number: " + repr(s))
        return v
    except TypeError as e:
        return "error(" + str(e) + ")"
print([parse(s) for s in ["1", "2.5", "x", "1e3", ""]])
log = []
def layered(mode):
    try:
        log.append("L1")
        try:
            log.append("L2")
            try:
                log.append("L3")
                if mode == 3:
                    raise KeyError(3)
                if mode == 2:
                    raise IndexError(2)
                if mode == 1:
                    raise ValueError(1)
            except KeyError:
                log.append("h3")
            finally:
                log.append("f3")
        except IndexError:
            log.append("h2")
            raise RuntimeError("from h2")
        finally:
            log.append("f2")
    except (ValueError, RuntimeError) as e:
        log.append("h1:" + type(e).__name__)
    finally:
        log.append("f1")
for m in range(4):
    log.clear()
    layered(m)
    print(m, log)
def handler_uses_exc():
    try:
        raise ValueError("outer")
    except ValueError as outer:
        try:
            raise KeyError("inner")
        except KeyError as inner:
            return (str(outer), str(inner), inner.__context__ is outer)
print(handler_uses_exc())
def exc_after_handled():
    try:
        raise ValueError("a")
    except ValueError:
        pass
    try:
        raise TypeError("b")
    except TypeError as e:
        return repr(e.__context__)
print(exc_after_handled())
results = []
for item in [1, 0, "s", None, 4]:
    try:
        try:
            results.append(10 // item)
        except ZeroDivisionError:
            results.append("div0")
            raise
        except TypeError:
            results.append("type")
    except ZeroDivisionError:
        results.append("outer-div0")
print(results)
def deep_finally():
    out = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError
                out.append("ok%d" % i)
            finally:
                out.append("inner%d" % i)
        except ValueError:
            out.append("caught%d" % i)
        finally:
            out.append("outer%d" % i)
    return out
print(deep_finally())
