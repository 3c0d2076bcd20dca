# json.loads / JSONDecoder through the native decoder: values, hooks,
# parse_* callbacks, strict mode, raw_decode and scanstring.
import json
from collections import OrderedDict
from json.decoder import scanstring, JSONDecoder


def show(label, v):
    print(label, type(v).__name__, repr(v))


show("int", json.loads("123"))
show("neg", json.loads("-0"))
show("big", json.loads("123456789012345678901234567890"))
show("negbig", json.loads("-98765432109876543210"))
show("float", json.loads("1.25"))
show("exp", json.loads("1E5"))
show("exp2", json.loads("-2.5e-3"))
show("exp3", json.loads("7e+2"))
show("huge", json.loads("1e400"))
show("negzero", json.loads("-0.0"))
show("consts", json.loads("[true, false, null]"))
show("nan", json.loads("[NaN, Infinity, -Infinity]"))
show("ws", json.loads(" \t\r\n [ 1 , 2 ] \n"))
show("nested", json.loads('{"a": [1, {"b": [[], {}]}], "c": {"d": null}}'))
show("dup", json.loads('{"a": 1, "b": 2, "a": 3}'))
show("order", list(json.loads('{"z": 1, "y": 2, "x": 3}')))
show("escapes", json.loads(r'"q\" b\\ s\/ \b\f\n\r\t"'))
show("uni", json.loads(r'"\u00e9\u4e2d\ud83d\ude00 \u0041"'))
show("raw", json.loads('"caf\u00e9 \u6f22\u5b57 \U0001f600"'))
show("pair-after-text", json.loads(r'["x\ud834\udd1ey", "\u20ac"]'))
show("bytes", json.loads(b'{"k": "v\xc3\xa9"}'))
show("bytes16", json.loads('[1, "\u00e9"]'.encode("utf-16")))
show("bytearray", json.loads(bytearray(b"[1.5]")))
show("empty-str", json.loads('""'))
show("keys-shared", [a is b for a, b in zip(*[list(d) for d in json.loads('[{"kk": 1}, {"kk": 2}]')])])

# hooks
show("object_hook", json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
show("pairs_hook", json.loads('{"b": 1, "a": [{}], "b": 3}', object_pairs_hook=lambda p: p))
show("ordered", json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
show("both", json.loads('{"x": 1}', object_hook=dict.keys, object_pairs_hook=tuple))
show("empty-pairs", json.loads('{}', object_pairs_hook=lambda p: ("pairs", p)))
show("empty-hook", json.loads('{ }', object_hook=lambda d: ("hook", d)))
show("parse_float", json.loads("[1.5, 2, 3e2]", parse_float=lambda s: "F" + s))
show("parse_int", json.loads("[1.5, 2, -30]", parse_int=lambda s: "I" + s))
show("parse_int-float", json.loads("[10, 20]", parse_int=float))
show("parse_constant", json.loads("[NaN, -Infinity, Infinity]", parse_constant=lambda s: s.lower()))
calls = []


def hook(d):
    calls.append(sorted(d))
    return len(d)


show("hook-order", json.loads('{"a": {"b": {"c": 1}, "d": 2}, "e": [{"f": 3}]}', object_hook=hook))
print(calls)

# strict
show("nonstrict", json.loads('"a\tb\nc\x00"', strict=False))
show("nonstrict-key", json.loads('{"k\x01": "\x1f"}', strict=False))
for doc in ['"a\tb"', '"\x1f"']:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print("strict", repr(doc), e.msg, e.pos)

# raw_decode
dec = JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'))
print(dec.raw_decode('xx{"a": "\u00e9\u00e9"} more', 2))
print(dec.raw_decode('\u00e9\u00e9 "\u4e2d" 5', 3))
print(dec.decode('  {"a": 1}  '))
for args in [(' [1]',), ('[1]', 10), ('[1]', 3)]:
    try:
        dec.raw_decode(*args)
    except json.JSONDecodeError as e:
        print("raw", args, e.msg, e.pos)


class MyDecoder(JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return {"wrapped": d}


print(json.loads('{"a": [{"b": 1}]}', cls=MyDecoder))
print(json.loads('[1, 2.5]', cls=MyDecoder, parse_float=str))

# scanstring
print(scanstring('"abc" tail', 1))
print(scanstring('xx"a\\nb\u00e9" tail', 3))
print(scanstring('"a\tb"', 1, False))
for args in [('"abc', 1), ('"a\\x"', 1), ('"a\tb"', 1)]:
    try:
        scanstring(*args)
    except json.JSONDecodeError as e:
        print("scanstring", e.msg, e.pos)

# load from a file-like object
import io
print(json.load(io.StringIO('{"from": "file", "n": [1, 2, 3]}')))

# json.scanner: scan_once(s, idx) -> (value, end), StopIteration(pos) when
# no value starts at pos.
import json.scanner
scan_once = json.scanner.make_scanner(JSONDecoder())
print(scan_once('[1, {"a": 2.5}] x', 0))
print(scan_once('  "abc" ', 2))
for doc, i in [('x', 0), ('[1, ]', 0), ('[1', 0), ('"a', 0)]:
    try:
        print(scan_once(doc, i))
    except StopIteration as e:
        print("StopIteration", e.value)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e)
print(json.scanner.NUMBER_RE.match('-12.5e3x').groups())
