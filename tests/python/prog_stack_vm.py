# A tiny stack-based virtual machine
def run(program, trace=False):
    stack = []
    pc = 0
    variables = {}
    output = []
    steps = 0
    while pc < len(program):
        op, *args = program[pc]
        pc += 1
        steps += 1
        if op == "push":
            stack.append(args[0])
        elif op == "pop":
            stack.pop()
        elif op == "add":
            b, a = stack.pop(), stack.pop()
            stack.append(a + b)
        elif op == "sub":
            b, a = stack.pop(), stack.pop()
            stack.append(a - b)
        elif op == "mul":
            b, a = stack.pop(), stack.pop()
            stack.append(a * b)
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "store":
            variables[args[0]] = stack.pop()
        elif op == "load":
            stack.append(variables[args[0]])
        elif op == "jz":
            if stack.pop() == 0:
                pc = args[0]
        elif op == "jmp":
            pc = args[0]
        elif op == "lt":
            b, a = stack.pop(), stack.pop()
            stack.append(1 if a < b else 0)
        elif op == "print":
            output.append(stack.pop())
        elif op == "halt":
            break
        else:
            raise ValueError("unknown op " + op)
        if trace:
            print(" ", pc, op, args, stack)
    return output, steps, variables
prog1 = [("push", 2), ("push", 3), ("add",), ("push", 4), ("mul",), ("print",)]
print(run(prog1, trace=True))
factorial = [
    ("push", 1), ("store", "acc"),
    ("push", 10), ("store", "n"),
    ("load", "n"), ("jz", 14),
    ("load", "acc"), ("load", "n"), ("mul",), ("store", "acc"),
    ("load", "n"), ("push", 1), ("sub",), ("store", "n"),
    ("jmp", 4) if False else ("jmp", 4),
]
factorial[14:] = [("jmp", 4)]
factorial.append(("load", "acc"))
factorial.append(("print",))
factorial[5] = ("jz", 15)
out, steps, env = run(factorial)
print(out, steps, sorted(env.items()))
fib = [
    ("push", 0), ("store", "a"), ("push", 1), ("store", "b"), ("push", 0), ("store", "i"),
    ("load", "i"), ("push", 12), ("lt",), ("jz", 23),
    ("load", "a"), ("print",),
    ("load", "a"), ("load", "b"), ("dup",), ("store", "a"), ("add",), ("store", "b"),
    ("load", "i"), ("push", 1), ("add",), ("store", "i"), ("jmp", 6),
    ("halt",),
]
out, steps, env = run(fib)
print(out, steps)
try:
    run([("push", 1), ("frobnicate",)])
except ValueError as e:
    print("ValueError:", e)
try:
    run([("add",)])
except IndexError as e:
    print("IndexError:", e)
