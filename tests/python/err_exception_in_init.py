# Exception raised from __init__ through class instantiation
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError("kelvin must be non-negative, got %r" % kelvin)
        self.kelvin = kelvin
readings = [300, 273.15, -5]
temps = []
for r in readings:
    temps.append(Temperature(r))
    print("accepted", r)
