# int / int is correctly rounded for any size, subnormal results included.
import hashlib
import random

print(1 / 2**1000, 2**1000 / 3, 10**400 / 10**399)
n, d = (1e-300).as_integer_ratio()
print(n / d)
print(3 / 2**1075, 1 / 2**1074, 1 / 2**1076, -5 / 2**1075)
for a, b in [(10**309, 1), (2**1024, 3)]:
    try:
        print(a / b)
    except OverflowError as e:
        print("OverflowError:", e)

random.seed(7)
out = []
for i in range(3000):
    a = random.getrandbits(random.randint(1, 1300)) + 1
    b = random.getrandbits(random.randint(1, 1300)) + 1
    if random.random() < 0.3:
        a = -a
    try:
        out.append((a / b).hex())
    except OverflowError as e:
        out.append(str(e))
print(len(out), hashlib.md5("|".join(out).encode()).hexdigest())
