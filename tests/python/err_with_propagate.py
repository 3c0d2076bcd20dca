# Exception propagates through a context manager that does not suppress it
class Transaction:
    def __enter__(self):
        print("begin")
        return self
    def __exit__(self, et, ev, tb):
        print("rollback because of", et.__name__)
        return False
with Transaction():
    print("work 1")
    {}["missing"]
    print("work 2")
