# Uncaught exception from a with-block __exit__ that raises while handling another
class Faulty:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit saw", et.__name__)
        raise RuntimeError("exit failed")
with Faulty(): raise ValueError("body failed")
