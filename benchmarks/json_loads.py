"""JSON loads: parse nested objects, arrays, strings and numbers with json.

The input texts are written out once at start-up and then parsed again
and again: an array of flat records, a deeply nested tree of objects and
arrays, a pretty-printed (indented) document, and strings full of escapes
(\\n, \\", \\\\, \\uXXXX including surrogate pairs) next to raw non-ASCII
text, plus ints, floats with exponents, true, false and null.

Usage: json_loads.py N  -- parse every text N times.
"""

import json
import sys


def record_text(i):
    return ('{"id": %d, "name": "user\\u00e9_%d", "email": "u%d@example.org", '
            '"admin": %s, "balance": %d.%02d, "scale": %de-3, '
            '"quote": "she said \\"hi\\"\\n\\tand \\\\left", '
            '"emoji": "\\ud83d\\ude00 %s", "friends": [%s], "manager": %s}'
            % (i, i, i, "true" if i % 7 == 0 else "false", i * 13 % 997, i % 100,
               i * 31, "\u6f22\u5b57" * (i % 3),
               ", ".join(str((i * k) % 250) for k in range(i % 6)),
               "null" if i % 4 == 0 else str(i // 4)))


def nested_text(depth, seed):
    if depth == 0:
        return '[%d, %d.5, "leaf%d", %s]' % (seed, seed, seed, "true" if seed % 2 else "null")
    parts = []
    for k in range(3):
        child = nested_text(depth - 1, seed * 3 + k)
        parts.append('"n%d": %s' % (k, child if k else "[" + child + ", {}]"))
    return "{" + ", ".join(parts) + "}"


def pretty_text(count):
    lines = ["{"]
    for i in range(count):
        comma = "," if i + 1 < count else ""
        lines.append('    "key%03d": {' % i)
        lines.append('        "values": [')
        lines.append('            %d,' % (i * i))
        lines.append('            -%d.25e%d,' % (i, i % 5))
        lines.append('            "text %d"' % i)
        lines.append('        ],')
        lines.append('        "flag": %s' % ("true" if i % 2 else "false"))
        lines.append('    }' + comma)
    lines.append("}")
    return "\n".join(lines)


def make_texts():
    return [
        "[" + ", ".join(record_text(i) for i in range(150)) + "]",
        nested_text(6, 1),
        pretty_text(120),
        '["' + "plain ascii text " * 200 + '", "' + "\\u0041\\u00df\\u4e2d\\n" * 150 + '"]',
    ]


def summarise(value):
    """(number of values, an order-sensitive checksum) of a parsed document."""
    count = 1
    if isinstance(value, dict):
        h = 7
        for key, item in value.items():
            c, sub = summarise(item)
            count += c
            h = (h * 31 + len(key) * 17 + sub) % 1000000007
        return count, h
    if isinstance(value, list):
        h = 11
        for item in value:
            c, sub = summarise(item)
            count += c
            h = (h * 37 + sub) % 1000000007
        return count, h
    if isinstance(value, str):
        h = 0
        for ch in value:
            h = (h * 131 + ord(ch)) % 1000000007
        return count, h
    if value is None:
        return count, 3
    if value is True:
        return count, 5
    if value is False:
        return count, 9
    if isinstance(value, int):
        return count, value % 1000000007
    return count, int(value * 1000) % 1000000007


def main():
    n = int(sys.argv[1])
    texts = make_texts()
    parsed = None
    for _ in range(n):
        parsed = [json.loads(text) for text in texts]
    print(" ".join("%d:%d" % summarise(doc) for doc in parsed))


if __name__ == "__main__":
    main()
