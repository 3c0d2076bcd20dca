# A hand-written serializer and parser for a JSON-like format
def dump(v, indent=0):
    pad = "  " * indent
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(v, list):
        if not v:
            return "[]"
        return "[\n" + ",\n".join(pad + "  " + dump(x, indent + 1) for x in v) + "\n" + pad + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        return "{\n" + ",\n".join(pad + "  " + dump(str(k)) + ": " + dump(x, indent + 1) for k, x in v.items()) + "\n" + pad + "}"
    raise TypeError("cannot serialize " + type(v).__name__)
class Parser:
    def __init__(self, s):
        self.s, self.i = s, 0
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \n\t":
            self.i += 1
    def value(self):
        self.ws()
        c = self.s[self.i]
        if c == "{":
            self.i += 1
            out = {}
            self.ws()
            if self.s[self.i] == "}":
                self.i += 1
                return out
            while True:
                self.ws()
                k = self.value()
                self.ws()
                assert self.s[self.i] == ":", "expected colon at %d" % self.i
                self.i += 1
                out[k] = self.value()
                self.ws()
                c = self.s[self.i]
                self.i += 1
                if c == "}":
                    return out
        if c == "[":
            self.i += 1
            out = []
            self.ws()
            if self.s[self.i] == "]":
                self.i += 1
                return out
            while True:
                out.append(self.value())
                self.ws()
                c = self.s[self.i]
                self.i += 1
                if c == "]":
                    return out
        if c == '"':
            j = self.i + 1
            buf = []
            while self.s[j] != '"':
                if self.s[j] == "\\":
                    j += 1
                    buf.append({"n": "\n"}.get(self.s[j], self.s[j]))
                else:
                    buf.append(self.s[j])
                j += 1
            self.i = j + 1
            return "".join(buf)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        j = self.i
        while j < len(self.s) and self.s[j] in "+-0123456789.eE":
            j += 1
        text = self.s[self.i:j]
        self.i = j
        return float(text) if any(ch in text for ch in ".eE") else int(text)
doc = {"name": "demo", "version": 3, "ratio": 0.25, "tags": ["a", "b\"q", "line\nbreak"], "meta": {"ok": True, "none": None, "empty": [], "e": {}}, "nums": [1, -2, 3.5e10]}
text = dump(doc)
print(text)
back = Parser(text).value()
print(back == doc)
print(back["tags"], back["meta"], back["nums"])
try:
    dump({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(Parser('[1, [2, [3, []]], {"k": [true, false, null]}]').value())
