# json.dumps through the native encoder: every option, subclasses, key
# coercion, default, cycles and error messages.
import json
from collections import OrderedDict


class MyInt(int):
    def __repr__(self):
        return "MyInt!"

    __str__ = __repr__


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


class MyStr(str):
    pass


class MyDict(dict):
    pass


class ItemsDict(dict):
    def items(self):
        return [("fixed", 1), ("other", [2])]


class MyList(list):
    pass


class MyTuple(tuple):
    pass


def show(*args, **kw):
    try:
        print(repr(json.dumps(*args, **kw)))
    except (TypeError, ValueError, RecursionError) as e:
        print(type(e).__name__, e)


doc = {"s": "text", "i": 42, "f": 2.5, "t": True, "n": None, "l": [1, [2, []]],
       "d": {"x": {}}, "tup": (1, "two"), "neg": -7, "big": 2 ** 80, "e": 1e-7,
       "g": 1e22, "r": 0.1 + 0.2}
show(doc)
show(doc, indent=2)
show(doc, indent="\t", sort_keys=True)
show(doc, indent=0)
show(doc, indent=-1)
show(doc, separators=(",", ":"))
show(doc, separators=(" ;", " = "), indent=1)
show(doc, sort_keys=True)
show([])
show({})
show([[]], indent=2)
show([{}], indent=2)
show("top \u00e9")
show(3.0)
show(-0.0)
show(True)
show(None)
show(12345678901234567890)

# strings
s = 'q" b\\ / \b\f\n\r\t \x00\x01\x1f \x7f \u00e9 \u4e2d \U0001f600 \u2028'
show(s)
show(s, ensure_ascii=False)
show([s, {s: s}])
show({s: [s]}, ensure_ascii=False)
show(MyStr("sub"))
print(json.encoder.encode_basestring_ascii(s))
print(json.encoder.encode_basestring(s))

# numbers
show([float("nan"), float("inf"), -float("inf")])
show([float("nan")], allow_nan=False)
show([float("inf")], allow_nan=False)
show({float("-inf"): 1}, allow_nan=False)
show([MyInt(5), MyFloat(1.5), MyInt(-3)])
show({MyInt(7): MyFloat(2.0)})
show([1.0, 100.0, 1e16, 1.5e-5, 123456789.123456789, 5e-324, 1.7976931348623157e308])

# keys
show({1: "a", 2.5: "b", True: "c", None: "d", False: "e", -3: "f"})
show({1: "a", 2.5: "b", True: "c", None: "d"}, ensure_ascii=False, indent=1)
show({float("nan"): 1, float("inf"): 2})
show({(1, 2): 3})
show({(1, 2): 3, "ok": 4}, skipkeys=True)
show({(1, 2): 3}, skipkeys=True)
show({(1, 2): 3}, skipkeys=True, indent=2)
show({b"x": 1})
show({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True)
show({2: "x", 1: "y", 3: "z"}, sort_keys=True)
show({"b": 1, 2: "x"}, sort_keys=True)
show({"\u00e9": 1, "z": 2, "\U0001f600": 3, "A": 4}, sort_keys=True)

# subclasses
show(MyDict(b=1, a=2))
show(ItemsDict(a=1))
show(OrderedDict([("z", 1), ("a", 2)]))
show(MyList([1, MyTuple((2, 3))]))
show(MyTuple())
show({"x": MyList()}, indent=3)


# default
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def default(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("no " + type(o).__name__)


show([Point(1, 2), {3, 1, 2}], default=default)
show({"p": Point(Point(0, 0), [Point(1, 1)])}, default=default, indent=1)
show(object())
show([1, {"a": object()}])
show(Point(1, 2))
show(b"bytes")
show({1, 2})
show(1 + 2j)
show([1, Point(1, 2)], default=default)
show(Point(1, 2), default=lambda o: o.__dict__, sort_keys=True)


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


show([1j, 2 + 3j], cls=Enc)
show(object(), cls=Enc)
print(Enc(indent=1).encode({"c": 1j}))
print(list(Enc().iterencode({"c": 1j, "l": [1, 2]})))

# cycles
a = []
a.append(a)
show(a)
d = {}
d["self"] = d
show(d)
show([d], indent=2)
show(a, check_circular=False)


class Loop:
    pass


show(Loop(), default=lambda o: o)
show(Loop(), default=lambda o: [o])
shared = [1, 2]
show([shared, shared, {"s": shared}])

# deep but fine, and too deep
deep = []
for _ in range(100):
    deep = [deep]
print(len(json.dumps(deep)))
deep = []
for _ in range(100000):
    deep = [deep]
show(deep)
dd = {}
for _ in range(100000):
    dd = {"k": dd}
show(dd)

# dump to a file-like object
import io
buf = io.StringIO()
json.dump({"a": [1, 2, {"b": None}]}, buf, indent=1)
print(buf.getvalue())

# round trip
text = json.dumps(doc, sort_keys=True)
print(json.loads(text) == json.loads(json.dumps(json.loads(text))))
