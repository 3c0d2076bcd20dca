# Custom exception classes, args, str/repr, hierarchy
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, msg="bad config"):
        super().__init__(key, msg)
        self.key = key
        self.msg = msg
    def __str__(self):
        return "[" + self.key + "] " + self.msg
class ValidationError(AppError):
    code = 400
try:
    raise ConfigError("db.host")
except AppError as e:
    print(type(e).__name__, e, e.args, e.key, repr(e.msg))
try:
    raise ValidationError("field", 3)
except ValidationError as e:
    print(e, e.args, e.code, repr(e))
print(issubclass(ConfigError, AppError), issubclass(AppError, Exception), issubclass(Exception, BaseException))
print(ConfigError.__mro__)
e = AppError()
print(repr(e), str(e), e.args)
e1 = AppError("one")
print(repr(e1), str(e1), e1.args)
e2 = AppError("one", 2)
print(repr(e2), str(e2), e2.args)
print(repr(ValueError("x")), str(KeyError("key")), repr(KeyError("key")), str(KeyError("a", "b")))
print(str(IndexError()), repr(IndexError()), str(Exception(None)), str(Exception([1, 2])))
class WithData(Exception):
    def __init__(self, data):
        self.data = data
w = WithData({"x": 1})
print(w.data, w.args, str(w))
def risky(n):
    if n == 0:
        raise ValidationError("zero")
    if n < 0:
        raise ConfigError("neg", "negative!")
    return n
for n in [1, 0, -1]:
    try:
        print("ok", risky(n))
    except ConfigError as e:
        print("config", e)
    except AppError as e:
        print("app", e)
class MyBase(Exception):
    def describe(self):
        return "desc:" + type(self).__name__
class MyChild(MyBase):
    pass
try:
    raise MyChild
except MyBase as e:
    print(e.describe(), e.args)
err = ValueError("mutable")
err.args = ("changed", 1)
print(err, err.args)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError
except ValueError as e:
    print("class raise ->", repr(e))
print(isinstance(MyChild(), Exception), BaseException.__subclasses__ is not None)
