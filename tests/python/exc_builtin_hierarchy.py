# Builtin exception hierarchy relationships
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
    (IndexError, LookupError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (FileNotFoundError, OSError), (ModuleNotFoundError, ImportError),
    (UnicodeDecodeError, ValueError), (StopIteration, Exception), (GeneratorExit, Exception),
    (KeyboardInterrupt, Exception), (SystemExit, BaseException), (TypeError, ValueError),
    (AssertionError, Exception), (AttributeError, Exception), (IndentationError, SyntaxError),
    (TabError, IndentationError), (ConnectionError, OSError), (TimeoutError, OSError), (BufferError, Exception),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in KeyError.__mro__])
print(IOError is OSError, EnvironmentError is OSError)
def classify(exc):
    try:
        raise exc
    except ArithmeticError:
        return "arith"
    except LookupError:
        return "lookup"
    except (TypeError, ValueError):
        return "type/value"
    except Exception:
        return "other"
for e in [ZeroDivisionError(), KeyError(), IndexError(), TypeError(), UnicodeError(), OverflowError(), AttributeError(), RuntimeError()]:
    print(type(e).__name__, classify(e))
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not reached")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(e, e.encoding, e.object, e.start, e.end, e.reason)
e2 = KeyError("quoted")
print(str(e2), repr(e2), e2.args[0])
e3 = OSError(2, "No such file")
print(e3.errno, e3.strerror, str(e3))
e4 = SyntaxError("msg", ("f.py", 3, 5, "x = = 1"))
print(e4.msg, e4.filename, e4.lineno, e4.offset, repr(e4.text))
print(StopIteration(7).value, SystemExit(3).code, SystemExit().code, SystemExit("bye").code)
