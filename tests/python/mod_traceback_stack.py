# traceback: extract_stack, format_stack, format_list, FrameSummary
import os
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def inner():
    stack = traceback.extract_stack()
    for fs in stack:
        print(fs.lineno, fs.name, fs.line)
    print(len(stack), stack[-1].name, repr(stack[-1])[:14])
    return traceback.format_stack()


def outer():
    return inner()


lines = outer()
# 3.9+ name the script by absolute path: keep the base name.
print(''.join(lines).replace(HERE, ''), end='')


def limited():
    print(len(traceback.extract_stack(limit=1)), traceback.extract_stack(limit=1)[0].name)
    print([f.name for f in traceback.extract_stack(limit=-2)])


def caller():
    limited()


caller()
entries = [('spam.py', 3, 'func', 'return x + 1'), ('eggs.py', 10, '<module>', '')]
print(''.join(traceback.format_list(entries)), end='')
fs = traceback.FrameSummary('f.py', 7, 'g', line='y = 2')
print(fs.filename, fs.lineno, fs.name, repr(fs.line), list(fs), fs[2], len(fs))
print(fs == ('f.py', 7, 'g', 'y = 2'), repr(fs))
ss = traceback.StackSummary.from_list([('a.py', 1, 'f', 'x'), fs])
print(type(ss).__name__, len(ss), ss.format())
rec = traceback.StackSummary.from_list([('r.py', 5, 'rec', 'rec()')] * 7 + [('r.py', 9, 'top', '')])
print(''.join(rec.format()), end='')
rec2 = traceback.StackSummary.from_list([('r.py', 5, 'rec', 'rec()')] * 4)
print(''.join(rec2.format()), end='')


def depth(n):
    if n == 0:
        return [f.name for f in traceback.extract_stack()]
    return depth(n - 1)


print(depth(3))
