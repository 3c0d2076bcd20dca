import sys
name = "/tmp/cinder_suite_builtin_open.txt"
with open(name, "w") as f:
    print(f.write("line one\n"), f.writable(), f.readable())
    f.writelines(["two\n", "three\r\nfour"])
print(f.closed)
with open(name) as f:
    print(repr(f.readline()), f.tell())
    print(f.readlines())
with open(name) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(name, "a") as f:
    f.write("\nappended é")
print(open(name).read())
print(len(open(name, "rb").read()), open(name, "rb").read()[-3:])
with open(name, "wb") as f:
    f.write(b"\x00\x01binary")
print(open(name, "rb").read())
try:
    open("/nonexistent/dir/x.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)
try:
    open(name, "q")
except ValueError as e:
    print(e)
f = open(name)
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
try:
    open(name, "x")
except FileExistsError as e:
    print(e)
