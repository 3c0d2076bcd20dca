# Exception in except handler while handling another: both shown
data = {"a": 1}
try:
    print(data["b"])
except KeyError as e:
    print("handling", repr(e))
    print(data["a"] + "1")
