# Generators dropped while suspended inside try/finally or with blocks are
# closed: their finally clauses and __exit__ run with GeneratorExit.
def numbers(tag):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("cleanup", tag)

for v in numbers("loop"):
    print("got", v)
    if v == 2:
        break
print("after loop")

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, kind, value, tb):
        print("close", self.name, kind.__name__ if kind else None)
        return False

def reader():
    with Resource("r1") as r:
        yield r.name + "-a"
        yield r.name + "-b"

it = reader()
print(next(it))
del it
print("after del")

def catcher():
    try:
        yield "first"
    except GeneratorExit:
        print("saw GeneratorExit")
        raise

c = catcher()
print(next(c))
c = None
print("after rebind")

def plain():
    yield 1
    yield 2

p = plain()
print(next(p))
p = None
print("plain dropped quietly")

def nested():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

n = nested()
print(next(n))
n.close()
print("closed explicitly")
