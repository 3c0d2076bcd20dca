import json

data = {"name": "Widget", "tags": ["a", "b"], "dims": {"w": 1.5, "h": 2},
        "empty_list": [], "empty_dict": {}, "nested": [[1, [2, {}]], {"x": []}]}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, indent="--"))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, indent=2, separators=(',', ' : ')))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps(3, indent=2))

# key coercion
print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n", "s": "str"}))
print(json.dumps({float('inf'): 1, float('nan'): 2, -1: 3}))
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True))
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): "skipped", "kept": 1, frozenset(): 2}, skipkeys=True))
try:
    json.dumps({1: "a", "b": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError on mixed sort")

# allow_nan
for bad in [float('nan'), [float('inf')], {"k": float('-inf')}]:
    try:
        json.dumps(bad, allow_nan=False)
    except ValueError as e:
        print("ValueError:", str(e).startswith("Out of range float values are not JSON compliant"))
print(json.dumps([1.0, 2.5], allow_nan=False))

# ensure_ascii with indent
print(json.dumps({"\u00e9": "\u00fc\U0001f600"}, indent=1, ensure_ascii=False))
print(json.dumps({"\u00e9": "\u00fc\U0001f600"}, indent=1))
