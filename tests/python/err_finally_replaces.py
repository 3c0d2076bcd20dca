# An exception raised in finally replaces (and chains) the original
def process():
    try:
        print("processing")
        raise ValueError("original problem")
    finally:
        print("cleanup")
        raise RuntimeError("cleanup failed")
process()
