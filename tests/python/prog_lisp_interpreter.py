# A small Lisp interpreter: tokenizer, reader, environments, closures, recursion
def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()
def read(tokens):
    if not tokens:
        raise SyntaxError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        out = []
        while tokens[0] != ")":
            out.append(read(tokens))
        tokens.pop(0)
        return out
    if tok == ")":
        raise SyntaxError("unexpected )")
    if tok == "'":
        return ["quote", read(tokens)]
    try:
        return int(tok)
    except ValueError:
        try:
            return float(tok)
        except ValueError:
            return tok
class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, name):
        if name in self:
            return self
        if self.outer is None:
            raise NameError("unbound symbol: " + name)
        return self.outer.find(name)
def standard_env():
    env = Env()
    env.update({
        "+": lambda *a: sum(a), "-": lambda a, b=None: -a if b is None else a - b,
        "*": lambda a, b: a * b, "/": lambda a, b: a / b, "<": lambda a, b: a < b,
        ">": lambda a, b: a > b, "=": lambda a, b: a == b, "car": lambda l: l[0],
        "cdr": lambda l: l[1:], "cons": lambda a, l: [a] + l, "list": lambda *a: list(a),
        "null?": lambda l: l == [], "length": len, "mod": lambda a, b: a % b,
    })
    return env
class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __call__(self, *args):
        return evaluate(self.body, Env(self.params, args, self.env))
def evaluate(x, env):
    while True:
        if isinstance(x, str):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        op = x[0]
        if op == "quote":
            return x[1]
        if op == "if":
            _, test, conseq, alt = x
            x = conseq if evaluate(test, env) else alt
            continue
        if op == "define":
            env[x[1]] = evaluate(x[2], env)
            return None
        if op == "lambda":
            return Lambda(x[1], x[2], env)
        if op == "begin":
            for e in x[1:-1]:
                evaluate(e, env)
            x = x[-1]
            continue
        proc = evaluate(op, env)
        args = [evaluate(a, env) for a in x[1:]]
        if isinstance(proc, Lambda):
            x, env = proc.body, Env(proc.params, args, proc.env)
            continue
        return proc(*args)
def to_str(v):
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    if v is True:
        return "#t"
    if v is False:
        return "#f"
    return str(v)
env = standard_env()
program = """
(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))
(fact 10)
(fact 30)
(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
(fib 15)
(define map (lambda (f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l))))))
(map (lambda (x) (* x x)) '(1 2 3 4 5))
(define make-adder (lambda (n) (lambda (x) (+ x n))))
((make-adder 10) 5)
(define count (lambda (n acc) (if (= n 0) acc (count (- n 1) (+ acc 1)))))
(count 5000 0)
(begin (define x 3) (define y 4) (+ (* x x) (* y y)))
(length (list 1 2 3 (list 4 5)))
(list 1.5 'sym (quote (a b)) (> 3 2) (< 3 2))
(filter-missing 1)
(/ 1 0)
(mod -7 3)
"""
src_lines = [l for l in program.strip().split("\n")]
for line in src_lines:
    try:
        result = evaluate(read(tokenize(line)), env)
        if result is not None:
            print(line[:40].ljust(42), "=>", to_str(result))
        else:
            print(line[:40].ljust(42), "defined")
    except (NameError, ZeroDivisionError, SyntaxError) as e:
        print(line[:40].ljust(42), "!!", type(e).__name__, e)
