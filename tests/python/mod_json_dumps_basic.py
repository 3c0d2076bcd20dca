import json

values = [
    None, True, False, 0, -17, 12345678901234567890, 1.5, -0.0, 0.1 + 0.2,
    1e16, 1e-7, 123456789.123, float('inf'), float('-inf'), float('nan'),
    "", "plain", "quote\"back\\slash", "ctl\n\r\t\b\f\x00\x1f\x7f",
    "caf\u00e9", "\u20ac", "\U0001f600 astral", "\u2028\u2029",
    [], {}, (), [1, [2, [3, []]]], (1, 2), {"a": 1}, [{"x": None}],
]
for v in values:
    print(repr(v), "->", json.dumps(v))
    print("   no-ascii ->", json.dumps(v, ensure_ascii=False))

class MyInt(int):
    def __repr__(self):
        return "MyInt!"

class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"

class MyStr(str):
    pass

class MyDict(dict):
    pass

class MyList(list):
    pass

print(json.dumps([MyInt(5), MyFloat(2.5), MyStr("s"), MyDict(k=1), MyList([1, 2])]))
print(json.dumps({"k": True, "n": None, "f": 2.0}))
print(json.dumps([1, 2, 3], separators=(',', ':')))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(',', ':')))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(' ; ', ' = ')))
print(json.dumps("x"), json.dumps("x", ensure_ascii=False))
print(json.dumps("\U0010ffff\U00010000"))
