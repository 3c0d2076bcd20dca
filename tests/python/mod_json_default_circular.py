import json

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def default(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("cannot encode " + type(o).__name__)

print(json.dumps([Point(1, 2), {3, 1, 2}], default=default))
print(json.dumps({"p": Point(0, Point(5, 6))}, default=default, indent=2))

for obj in [object(), {1, 2}, b"bytes", Point(1, 2), 1j]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print("TypeError:", e)

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return json.JSONEncoder.default(self, o)

print(json.dumps({"a": Point(3, 4)}, cls=PointEncoder))
print(PointEncoder(sort_keys=True).encode({"z": Point(1, 1), "a": 0}))
print(PointEncoder().encode("just a string \u00e9"))
print(PointEncoder(ensure_ascii=False).encode("just a string \u00e9"))
print("".join(PointEncoder(indent=1).iterencode([Point(9, 8), "x"])))
try:
    PointEncoder().encode(object())
except TypeError as e:
    print("TypeError:", e)

# circular references
lst = [1, 2]
lst.append(lst)
try:
    json.dumps(lst)
except ValueError as e:
    print("ValueError:", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)

class Loop:
    pass

def loop_default(o):
    return o  # returns itself forever
try:
    json.dumps(Loop(), default=loop_default)
except ValueError as e:
    print("ValueError:", e)

# the same list twice (not circular) is fine
shared = [1]
print(json.dumps([shared, shared, {"a": shared}]))

# check_circular=False with non-circular data works
print(json.dumps([shared, shared], check_circular=False))

enc = json.JSONEncoder()
print(enc.item_separator, enc.key_separator, json.JSONEncoder(indent=2).item_separator + "|")
print(enc.skipkeys, enc.ensure_ascii, enc.check_circular, enc.allow_nan, enc.sort_keys, enc.indent)

class Stream:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

st = Stream()
json.dump({"a": [1, 2, {"b": None}]}, st)
print("".join(st.parts))
st = Stream()
json.dump([1, {"k": "v"}], st, indent=3, sort_keys=True)
print("".join(st.parts))
