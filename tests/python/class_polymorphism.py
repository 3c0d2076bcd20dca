# Polymorphism, abstract-ish bases, duck typing
class Shape:
    def area(self):
        raise NotImplementedError
    def perimeter(self):
        raise NotImplementedError
    def describe(self):
        return "%s area=%.2f perim=%.2f" % (type(self).__name__, self.area(), self.perimeter())
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    PI = 3.14159
    def __init__(self, r):
        self.r = r
    def area(self):
        return self.PI * self.r ** 2
    def perimeter(self):
        return 2 * self.PI * self.r
class Triangle(Shape):
    def __init__(self, a, b, c):
        self.sides = (a, b, c)
    def perimeter(self):
        return sum(self.sides)
    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return (s * (s - a) * (s - b) * (s - c)) ** 0.5
shapes = [Rect(3, 4), Square(2), Circle(1), Triangle(3, 4, 5), Circle(0.5)]
for s in shapes:
    print(s.describe())
print("total area %.3f" % sum(s.area() for s in shapes))
print([type(s).__name__ for s in sorted(shapes, key=lambda s: s.area())])
print([isinstance(s, Rect) for s in shapes])
class Duck:
    def speak(self):
        return "quack"
class Robot:
    def speak(self):
        return "beep"
class Mute:
    pass
for thing in [Duck(), Robot(), Mute(), "string"]:
    speak = getattr(thing, "speak", None)
    print(type(thing).__name__, speak() if callable(speak) else "(silent)")
class Visitor:
    def visit(self, node):
        method = getattr(self, "visit_" + type(node).__name__, self.generic)
        return method(node)
    def generic(self, node):
        return "generic(" + type(node).__name__ + ")"
    def visit_int(self, node):
        return "int:" + str(node)
    def visit_list(self, node):
        return "[" + ", ".join(self.visit(x) for x in node) + "]"
    def visit_str(self, node):
        return "str:" + node
print(Visitor().visit([1, "a", [2, 3.5], None]))
class Animal:
    def __init__(self, name):
        self.name = name
    def __str__(self):
        return f"{self.name} the {type(self).__name__.lower()} says {self.sound()}"
    def sound(self):
        return "..."
class Cow(Animal):
    def sound(self):
        return "moo"
class Sheep(Animal):
    def sound(self):
        return "baa"
for a in [Cow("Bessie"), Sheep("Dolly"), Animal("Thing")]:
    print(a)
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
