# Uncaught BaseException subclass (not Exception) defined by the program
class Abort(BaseException):
    __module__ = "app"
try:
    raise Abort("first")
except Exception:
    print("Exception does not catch it")
except BaseException as e:
    print("BaseException caught:", e)
print("now uncaught")
raise Abort("stop everything")
