import json

docs = [
    'null', 'true', 'false', '0', '-0', '-12', '1.5', '-0.25', '1e3', '1E-2',
    '2.5e+3', '12345678901234567890123', '"hello"', '""', '"esc \\" \\\\ \\/ \\b \\f \\n \\r \\t"',
    '"\\u00e9\\u20AC"', '"\\ud83d\\ude00"', '[]', '{}', '[1, "two", 3.0, [4], {"five": 5}]',
    '  {"a" : 1 ,\n "b":[ true , false , null ] }  ', '{"dup": 1, "dup": 2}',
    'NaN', 'Infinity', '-Infinity', '[NaN, Infinity, -Infinity]',
    '"caf\u00e9 \U0001f600"', '{"nested": {"deeper": {"deepest": []}}}',
]
for d in docs:
    v = json.loads(d)
    print(repr(d), "->", repr(v), type(v).__name__)

print(json.loads(b'{"bytes": [1, 2]}'))
print(json.loads(bytearray(b'["ba", "\xc3\xa9"]')))
print(json.loads(b'\xef\xbb\xbf[1]'))
try:
    json.loads(12)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('\ufeff[1]')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)

# round trips
data = {"list": [1, 2.5, "s", None, True], "obj": {"k": "v\n\u00e9"}, "n": -3}
print(json.loads(json.dumps(data)) == data)
print(json.loads(json.dumps(data, indent=2, sort_keys=True)) == data)
print(json.loads(json.dumps("\U0001f600\x00")) == "\U0001f600\x00")

class Reader:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text

print(json.load(Reader('{"from": "load"}')))
print(json.load(Reader('[1.25, 2]'), parse_float=str))

# raw_decode
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'))
print(dec.raw_decode('  {"a": 1}x', 2))
print(dec.raw_decode('"str"more'))
print(dec.decode(' [true] '))
