# Single inheritance, overriding, super()
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound
    def kind(self):
        return "animal"
    def describe(self):
        return self.kind() + ":" + self.speak()
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (age " + str(self.age) + ")"
class Cat(Animal):
    sound = "meow"
    def speak(self):
        base = Animal.speak(self)
        return base.upper()
for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1), Cat("tom")]:
    print(type(a).__name__, a.describe())
print(Puppy.__mro__)
print(Puppy.__bases__, Dog.__base__, issubclass(Puppy, Animal), isinstance(Puppy("x", 2), Dog))
class Base:
    def __init__(self):
        self.log = ["Base"]
    def hook(self):
        return "base-hook"
    def template(self):
        return "[" + self.hook() + "]"
class Derived(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Derived")
    def hook(self):
        return "derived-hook/" + super().hook()
d = Derived()
print(d.log, d.template())
class NoInit(Base):
    pass
print(NoInit().log)
class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__ + " must implement area")
    def __str__(self):
        return type(self).__name__ + "(area=" + str(self.area()) + ")"
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
shapes = [Rect(2, 3), Square(4)]
print([str(s) for s in shapes], sum(s.area() for s in shapes))
try:
    str(Shape())
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class SubCounter(Counter):
    pass
Counter(); Counter(); SubCounter()
print(Counter.instances, SubCounter.instances)
print(super(Puppy, Puppy("p", 3)).speak())
print(Dog.speak is Animal.speak, Cat.speak is Animal.speak, Dog.sound, Puppy.sound)
