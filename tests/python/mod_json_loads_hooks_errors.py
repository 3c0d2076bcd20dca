import json

print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"z": 1, "a": 2, "m": [{"q": 1}]}', object_pairs_hook=lambda p: p))
print(json.loads('{"a": 1}', object_hook=lambda d: "hook", object_pairs_hook=lambda p: "pairs"))
print(json.loads('{}', object_pairs_hook=lambda p: ("empty", p)))
print(json.loads('[1.5, 2, 1e2]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: "C" + s))

class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        json.JSONDecoder.__init__(self, object_hook=self.hook, **kw)
    def hook(self, d):
        return ("obj", len(d))

print(json.loads('[{"a": 1, "b": 2}, {}]', cls=Dec))

# strict
try:
    json.loads('"tab\there"')
except json.JSONDecodeError as e:
    print("strict:", e)
print(repr(json.loads('"tab\there\nnl"', strict=False)))
print(repr(json.JSONDecoder(strict=False).decode('["\x01"]')))

bad_docs = [
    '', ' ', '[', ']', '{', '}', '[1,]', '[1 2]', '[,1]', '{"a" 1}', '{"a":1,}',
    '{"a":1 "b":2}', '{1: 2}', "{'a': 1}", '"abc', '"\\x"', '"\\u12"', '"\\uzzzz"',
    '"abc\\', '1 2', '[1] [2]', 'nul', 'tru', '-', '[-]', '01', '1.', '1e', '.5',
    '{"a":', '{"a"', '[1,', '"a\x01"', 'undefined', '[1, 2, 3,\n 4,\n x]',
    '{\n  "key": "value",\n  "other": \n}', '\n\n\n  @', 'NaNa', '[Infinityx]',
]
for doc in bad_docs:
    try:
        json.loads(doc)
        print(repr(doc), "parsed?!")
    except json.JSONDecodeError as e:
        print(repr(doc), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == doc)

err = json.JSONDecodeError("Custom", "ab\ncd\nef", 7)
print(err, err.msg, err.pos, err.lineno, err.colno, isinstance(err, ValueError))
print(err.args)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads('[1,,2]')
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e)
dec = json.JSONDecoder()
try:
    dec.raw_decode('   [1]')
except json.JSONDecodeError as e:
    print("raw_decode no ws skip:", e)
try:
    dec.decode('[1] x')
except json.JSONDecodeError as e:
    print(e.msg, e.pos)
