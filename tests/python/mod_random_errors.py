# Error messages of random's functions.
import random


def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def attempt_type(f, *args, **kwargs):
    # Only the type: the messages changed after Python 3.8.
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__)


random.seed(0)
attempt(random.randrange, 0)
attempt(random.randrange, -3)
attempt(random.randrange, 5, 5)
attempt(random.randrange, 5, 2)
attempt(random.randrange, 1, 10, 0)
attempt(random.randrange, 1, 10, -1)
attempt(random.randrange, 10, 1, 2)
attempt(random.randint, 10, 1)
attempt(random.choice, [])
attempt(random.choice, "")
attempt(random.sample, [1, 2, 3], 4)
attempt(random.sample, [1, 2, 3], -1)
attempt_type(random.sample, {"a": 1}, 1)
attempt_type(random.sample, 12, 1)
attempt(random.choices, [1, 2], [1, 2], cum_weights=[1, 2])
attempt(random.choices, [1, 2], [1, 2, 3])
attempt(random.choices, [1, 2], cum_weights=[1])
attempt(random.gammavariate, 0, 1)
attempt(random.gammavariate, 1, -1)
attempt(random.Random().setstate, (9, (), None))
attempt_type(random.getrandbits, 2.5)
attempt_type(random.seed, [1, 2])
attempt_type(random.Random, {})
attempt(random.expovariate, 0)
attempt(random.triangular, 1, 1, 2)
attempt(random.setstate, (3, "x", None))
print("done")
