"""JSON dumps: serialise nested dicts, lists, strings and numbers with json.

The documents mix the shapes real JSON has: records (dicts with a fixed
set of keys), arrays of records, deeply nested containers, strings that
need escaping (quotes, backslashes, control characters, non-ASCII text)
and ints, floats, booleans and null.  Each document is serialised with
the default settings, with `sort_keys` and `indent`, and with compact
separators and `ensure_ascii=False`.

Usage: json_dumps.py N  -- serialise every document N times.
"""

import json
import sys

WORDS = ["alpha", "beta", "gamma", "delta", "épsilon", "zeta", "\u03b7ta",
         "the\ta", "io\"ta", "kap\\pa", "lam\nbda", "\u6f22\u5b57", "\U0001f600mu"]


def make_record(i):
    return {
        "id": i,
        "name": WORDS[i % len(WORDS)] + "-" + str(i),
        "active": i % 3 == 0,
        "score": i * 0.25 - 3.5,
        "ratio": (i * 7919 % 1000) / 1000.0,
        "tags": [WORDS[(i + k) % len(WORDS)] for k in range(i % 4)],
        "parent": None if i % 5 == 0 else i // 2,
        "position": {"x": i % 17, "y": -(i % 13), "z": i * 1.5e-3},
    }


def make_nested(depth, breadth, seed):
    if depth == 0:
        return [seed, str(seed), seed / 8.0, seed % 2 == 0]
    node = {}
    for k in range(breadth):
        key = "k%d_%d" % (depth, (seed + k) % 10)
        if k % 2:
            node[key] = make_nested(depth - 1, breadth, seed * breadth + k)
        else:
            node[key] = [make_nested(depth - 1, breadth, seed * breadth + k)]
    return node


def make_documents():
    return [
        [make_record(i) for i in range(120)],
        make_nested(5, 4, 1),
        {"text": " ".join(WORDS) * 20, "numbers": list(range(-200, 200, 3)),
         "floats": [i / 7.0 for i in range(150)], "big": 2 ** 70, "empty": [{}, [], ""]},
    ]


def checksum(text):
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


def main():
    n = int(sys.argv[1])
    docs = make_documents()
    outputs = None
    for _ in range(n):
        outputs = []
        for doc in docs:
            outputs.append(json.dumps(doc))
            outputs.append(json.dumps(doc, sort_keys=True, indent=2))
            outputs.append(json.dumps(doc, separators=(",", ":"), ensure_ascii=False))
    print(" ".join("%d:%d" % (len(s), checksum(s)) for s in outputs))


if __name__ == "__main__":
    main()
