# f-strings with complex expressions, method calls, nested quotes, dicts
user = {"name": "Ann", "roles": ["admin", "dev"], "age": 31}
print(f"{user['name']} ({user['age']}) roles={', '.join(user['roles'])}")
print(f"{len(user['roles'])} role(s); first={user['roles'][0].upper()}")
items = [3.5, 2.25, 10.0]
print(f"total={sum(items):.2f} avg={sum(items) / len(items):.3f} max={max(items):g}")
print(f"{'yes' if user['age'] > 30 else 'no'} {[r[:1] for r in user['roles']]} {{'k': 1}}")
print(f"{user!r:.20}...")
width = 10
for name, score in [("ann", 9.5), ("bob", 7.25)]:
    print(f"{name.title():<{width}}|{score:>{width}.{1}f}|{score * 10:0>{width - 4}.0f}")
n = 255
print(f"{n:#x} {n:#o} {n:#b} {n:08.3f} {n:,} {-n:+,}")
print(f"{n!s:>5}|{n!r:<5}|{str(n):^7}|")
from_dict = {"a": 1, "b": 2}
print(f"{', '.join(f'{k}={v}' for k, v in from_dict.items())}")
print(f"{3 * '-'}{'mid':^9}{3 * '-'}")
x, y = 3, 4
print(f"{x}+{y}={x + y}", f"{x}*{y}={x * y}", f"{x / y:.2%}", f"{(x, y)}", f"{x, y}")
import sys
print(f"{sys.getrecursionlimit():_}", f"{type(sys.argv).__name__}")
def greet(name):
    return f"hello {name}"
print(f"{greet('world')!r} {greet('x').upper()} {greet.__name__}")
values = [1, 22, 333]
print(" ".join(f"{v:>4}" for v in values), f"{values[-1]:e}")
print(f"{{{x}}}", f"{{x}}", f"{x!r}{{")
print(f"{1_000_000:,}", f"{0.1 + 0.2}", f"{0.1 + 0.2:.17f}", f"{1e-7}", f"{1e16:.0f}")
