# Uncaught KeyError raised while handling a ZeroDivisionError in a nested call
def ratio(stats):
    try:
        return stats["hits"] / stats["total"]
    except ZeroDivisionError:
        return stats["default_ratio"]
print(ratio({"hits": 3, "total": 4}))
print(ratio({"hits": 0, "total": 0, "default_ratio": 0.0}))
print(ratio({"hits": 0, "total": 0}))
