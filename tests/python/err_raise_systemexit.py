# raise SystemExit with no argument exits with status 0; finally blocks run
def shutdown():
    try:
        print("shutting down")
        raise SystemExit
    finally:
        print("finally during SystemExit")
try:
    raise SystemExit(7)
except SystemExit as e:
    print("caught code", e.code, e.args)
shutdown()
print("unreachable")
