# Common exception-handling patterns (EAFP, cleanup, retries, accumulation)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")
print([safe_div(a, b) for a, b in [(1, 2), (1, 0), (-1, 0), (0, 0)]])
def get_nested(d, *keys, default=None):
    try:
        for k in keys:
            d = d[k]
        return d
    except (KeyError, IndexError, TypeError):
        return default
cfg = {"db": {"hosts": ["h1", "h2"], "port": 5432}}
print(get_nested(cfg, "db", "hosts", 1), get_nested(cfg, "db", "port"), get_nested(cfg, "db", "hosts", 5), get_nested(cfg, "x", default="none"), get_nested(cfg, "db", "port", 0))
errors = []
def validate(rec):
    if not isinstance(rec.get("age"), int):
        raise TypeError("age must be int")
    if rec["age"] < 0:
        raise ValueError("age must be >= 0")
    if not rec.get("name"):
        raise KeyError("name")
    return rec["name"].title()
records = [{"name": "ann", "age": 3}, {"name": "bob", "age": -1}, {"age": "x"}, {"age": 5}, {"name": "cy", "age": 40}]
valid = []
for i, r in enumerate(records):
    try:
        valid.append(validate(r))
    except (TypeError, ValueError) as e:
        errors.append((i, type(e).__name__, str(e)))
    except KeyError as e:
        errors.append((i, "KeyError", e.args[0]))
print(valid)
for e in errors:
    print(e)
def convert_all(items):
    out, bad = [], []
    for it in items:
        try:
            out.append(int(it))
        except ValueError:
            bad.append(it)
        else:
            out[-1] *= 2
        finally:
            pass
    return out, bad
print(convert_all(["1", "two", "3", "4.0", "-5"]))
class Resource:
    def __init__(self):
        self.state = "open"
    def close(self):
        self.state = "closed"
def work(fail):
    r = Resource()
    try:
        if fail:
            raise RuntimeError("work failed")
        return r, "success"
    finally:
        r.close()
r, status = work(False)
print(r.state, status)
try:
    work(True)
except RuntimeError as e:
    print("error:", e)
cache = {}
def cached_len(key):
    try:
        return cache[key], "hit"
    except KeyError:
        cache[key] = len(key)
        return cache[key], "miss"
print([cached_len(k) for k in ["ab", "abc", "ab", "abc", "x"]])
def first_int(values):
    for v in values:
        try:
            return int(v)
        except (ValueError, TypeError):
            continue
    raise LookupError("no int found")
print(first_int(["a", None, "7", "8"]))
try:
    first_int(["a", []])
except LookupError as e:
    print("LookupError:", e)
