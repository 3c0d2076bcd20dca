# Consumer fails mid-iteration; explicit close() runs the generator's finally first
def numbers():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("generator cleanup")
gen = numbers()
try:
    for n in gen:
        print("got", n)
        if n == 2:
            raise RuntimeError("consumer failed at %d" % n)
finally:
    print("closing generator")
    gen.close()
    print("closed")
