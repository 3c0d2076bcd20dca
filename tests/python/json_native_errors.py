# JSONDecodeError messages, positions, lineno and colno from the native
# decoder, and RecursionError for very deep documents.
import json

DOCS = [
    '', ' ', '-', '-a', '--1', '+1', '.5', '1.', '01', '1e', '1e+', '1.5e-', '0x10',
    'nul', 'tru', 'fals', 'nan', 'inf', '-inf', 'Infinit', '-Infinit',
    '[', '[1', '[1,', '[1,]', '[1 2]', '[,1]', ']', '[1]]',
    '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{"a" 1}', '{1:2}',
    "{'a':1}", '{"a":1 "b":2}', '{,}', '{"a":1}}',
    '"abc', '"abc\\', '"a\\q"', '"a\\x41"', '"\\u12"', '"\\u12"x', '"\\u12x4"',
    '"\\uXYZW"', '"\\ud834\\udd1"', '"\\ud834\\uzzzz"', '"\\u0041', '"\\u00411',
    '"a\nb"', '"a\x00"', '"a\x7f"',
    '[1] x', '{"a": 1} {"b": 2}', '1 2', '"a" "b"', 'nullx', 'true false',
    '\ufeff[1]', '[1, 2,\n  3,\n  oops]', '{\n  "a": 1,\n  "b" 2\n}',
    '["\u00e9\u00e9\u00e9", x]', '{"\u4e2d\u6587": tru}', '"\u00e9\\q"',
    '["\U0001f600", }', '\n\n   ]',
]
for doc in DOCS:
    try:
        v = json.loads(doc)
        print(repr(doc), "->", repr(v))
    except json.JSONDecodeError as e:
        print(repr(doc), "|", e.msg, "|", e.pos, e.lineno, e.colno, "|", e)
        assert e.doc == doc
        assert isinstance(e, ValueError)

for bad in [None, 1, [1]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError", e)

# Errors raised inside hooks propagate unchanged.
def boom(x):
    raise KeyError(x)

for kw in [dict(object_hook=boom), dict(object_pairs_hook=boom),
           dict(parse_float=boom), dict(parse_int=boom), dict(parse_constant=boom)]:
    try:
        json.loads('[1, 2.5, {"a": NaN}]', **kw)
    except KeyError as e:
        print(sorted(kw), "KeyError", e)

# Deep nesting: RecursionError, never a crash.
for doc in ['[' * 100000, '{"a":' * 100000, '[{"a":' * 50000]:
    try:
        json.loads(doc)
    except RecursionError as e:
        print("RecursionError", e)

# Moderately deep documents still parse.
deep = json.loads('[' * 200 + ']' * 200)
n = 0
while deep:
    deep = deep[0]
    n += 1
print("depth", n)
