# Tokenizer + recursive descent parser + evaluator for arithmetic
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif ch in "+-*/%^()":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError("bad character %r at %d" % (ch, i))
    tokens.append(("end", None))
    return tokens
class Parser:
    def __init__(self, tokens, env):
        self.toks = tokens
        self.pos = 0
        self.env = env
    def peek(self):
        return self.toks[self.pos]
    def take(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%":
            op = self.take()[1]
            r = self.factor()
            if op == "*":
                v *= r
            elif op == "/":
                v /= r
            else:
                v %= r
        return v
    def factor(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.factor()
        return base
    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return val
        if kind == "name":
            if val not in self.env:
                raise NameError("unknown variable " + val)
            return self.env[val]
        if (kind, val) == ("op", "("):
            v = self.expr()
            if self.take() != ("op", ")"):
                raise SyntaxError("expected )")
            return v
        raise SyntaxError("unexpected token " + repr(val))
def evaluate(src, env=None):
    p = Parser(tokenize(src), env or {})
    v = p.expr()
    if p.peek()[0] != "end":
        raise SyntaxError("trailing input")
    return v
exprs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + 7", "x * y - 1",
         "2 * (x + (y - 3)) / 4", "1.5 * 4", "((((7))))", "1 +", "3 $ 4", "z + 1", "1 / 0", "(1 + 2", "2 3"]
for e in exprs:
    try:
        print(repr(e), "=", evaluate(e, {"x": 6, "y": 7}))
    except (SyntaxError, NameError, ZeroDivisionError) as ex:
        print(repr(e), "error:", type(ex).__name__, ex)
print(tokenize("a1 + 22*(b-3.5)"))
