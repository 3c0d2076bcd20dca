# isinstance, issubclass, type, callable, repr/str, len, id-free checks
class Animal:
    pass
class Dog(Animal):
    pass
d = Dog()
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, object), isinstance(d, (int, str)), isinstance(d, (int, Animal)))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(bool, int), issubclass(int, object), issubclass(Dog, (int, Animal)))
print(type(d) is Dog, type(d) == Animal, type(d).__name__, type(Dog).__name__, type(type).__name__)
for v in [1, 1.0, "s", b"b", [], (), {}, set(), frozenset(), None, True, range(1), len, Dog, 1j]:
    print(type(v).__name__, isinstance(v, int), callable(v))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance(None, type(None)))
print(len("abc"), len([1, 2]), len({}), len(range(10)), len({1: 2, 3: 4}), len(b"xy"), len(frozenset("aab")))
print(repr(1), repr("1"), repr([1, "1"]), repr((1,)), repr({"a": [1]}), repr(None), repr(1.5), repr(-0.0))
print(str(1), str("1"), str([1, "1"]), str(3.0), str(True))
print(repr(int), repr(str), repr(Dog), str(ValueError), repr(type(None)))
print(Dog.__name__, Dog.__qualname__, Dog.__module__, Dog.__bases__, Animal.__bases__)
print(type(1)(5.7), type("")(12), type([])((1, 2)), type(d)().__class__.__name__)
x = 7
print(bool(x), int(x), float(x), str(x), complex(x), list(str(x)))
print(isinstance(int, type), isinstance(Dog, type), isinstance(type, type), isinstance(type, object))
print(hasattr(d, "__class__"), hasattr(d, "bark"), getattr(d, "bark", "no-bark"))
setattr(d, "bark", "woof")
print(getattr(d, "bark"), hasattr(d, "bark"))
delattr(d, "bark")
print(hasattr(d, "bark"), sorted(vars(d)))
print(callable(lambda: 0), callable(Dog), callable(d), callable(print), callable("str"))
