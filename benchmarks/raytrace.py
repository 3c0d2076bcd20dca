"""Raytrace: a small recursive ray tracer.

Vectors, rays, spheres and a checkerboard plane, point lights with shadows,
Lambert and Phong-style shading and mirror reflections, rendered onto a
small canvas whose pixels are checksummed.  Exercises small-object
allocation, operator overloading, float arithmetic and method calls.

Usage: raytrace.py N   -- render the scene N times.
"""

import sys
from math import sqrt

WIDTH = 48
HEIGHT = 36
MAX_DEPTH = 4
EPSILON = 1e-5


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def scale(self, factor):
        return Vector(self.x * factor, self.y * factor, self.z * factor)

    def times(self, other):
        """Component-wise product (used to filter colours)."""
        return Vector(self.x * other.x, self.y * other.y, self.z * other.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def length(self):
        return sqrt(self.dot(self))

    def normalized(self):
        return self.scale(1.0 / self.length())

    def reflected(self, normal):
        """This direction mirrored about the surface with the given normal."""
        return self - normal.scale(2.0 * self.dot(normal))

    def __repr__(self):
        return "Vector(%g, %g, %g)" % (self.x, self.y, self.z)


BLACK = Vector(0.0, 0.0, 0.0)
WHITE = Vector(1.0, 1.0, 1.0)


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.origin + self.direction.scale(t)


class Sphere:
    def __init__(self, centre, radius):
        self.centre = centre
        self.radius = radius

    def hit_distance(self, ray):
        """Distance along the ray to the nearest hit in front, or None."""
        to_centre = ray.origin - self.centre
        b = to_centre.dot(ray.direction)
        c = to_centre.dot(to_centre) - self.radius * self.radius
        discriminant = b * b - c
        if discriminant < 0.0:
            return None
        root = sqrt(discriminant)
        near = -b - root
        if near > EPSILON:
            return near
        far = -b + root
        if far > EPSILON:
            return far
        return None

    def normal_at(self, point):
        return (point - self.centre).normalized()


class Plane:
    def __init__(self, point, normal):
        self.point = point
        self.normal = normal.normalized()

    def hit_distance(self, ray):
        facing = ray.direction.dot(self.normal)
        if -EPSILON < facing < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / facing
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return self.normal


class Material:
    def __init__(self, colour, ambient=0.1, diffuse=0.7, specular=0.3,
                 shininess=12, mirror=0.0):
        self.colour = colour
        self.ambient = ambient
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.mirror = mirror

    def base_colour(self, point):
        return self.colour


class Checkerboard(Material):
    def __init__(self, other_colour, size, **options):
        Material.__init__(self, **options)
        self.other_colour = other_colour
        self.size = size

    def base_colour(self, point):
        cell = int(point.x // self.size) + int(point.z // self.size)
        return self.colour if cell % 2 == 0 else self.other_colour


class Light:
    def __init__(self, position, colour):
        self.position = position
        self.colour = colour


class Camera:
    def __init__(self, eye, target, up, half_width):
        self.eye = eye
        self.forward = (target - eye).normalized()
        self.right = self.forward.cross(up).normalized()
        self.up = self.right.cross(self.forward)
        self.half_width = half_width

    def ray_through(self, column, row, width, height):
        half_height = self.half_width * height / width
        u = (2.0 * (column + 0.5) / width - 1.0) * self.half_width
        v = (1.0 - 2.0 * (row + 0.5) / height) * half_height
        direction = (self.forward + self.right.scale(u) + self.up.scale(v))
        return Ray(self.eye, direction)


class Scene:
    def __init__(self, camera, background):
        self.camera = camera
        self.background = background
        self.things = []
        self.lights = []

    def add(self, shape, material):
        self.things.append((shape, material))

    def nearest_hit(self, ray):
        best_t = None
        best = None
        for thing in self.things:
            t = thing[0].hit_distance(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = thing
        return best_t, best

    def in_shadow(self, point, light):
        to_light = light.position - point
        distance = to_light.length()
        ray = Ray(point, to_light)
        for shape, _ in self.things:
            t = shape.hit_distance(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        t, thing = self.nearest_hit(ray)
        if thing is None:
            return self.background
        shape, material = thing
        point = ray.point_at(t)
        normal = shape.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        return self.shade(ray, point, normal, material, depth)

    def shade(self, ray, point, normal, material, depth):
        base = material.base_colour(point)
        colour = base.scale(material.ambient)
        for light in self.lights:
            if self.in_shadow(point, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                colour = colour + base.times(light.colour).scale(
                    material.diffuse * lambert)
            highlight = to_light.reflected(normal).dot(ray.direction)
            if highlight > 0.0:
                colour = colour + light.colour.scale(
                    material.specular * highlight ** material.shininess)
        if material.mirror > 0.0 and depth < MAX_DEPTH:
            bounce = Ray(point, ray.direction.reflected(normal))
            reflected = self.trace(bounce, depth + 1)
            colour = colour + reflected.scale(material.mirror)
        return colour

    def render(self, width, height):
        pixels = []
        for row in range(height):
            for column in range(width):
                ray = self.camera.ray_through(column, row, width, height)
                pixels.append(to_bytes(self.trace(ray, 0)))
        return pixels


def channel(value):
    if value <= 0.0:
        return 0
    if value >= 1.0:
        return 255
    return int(value * 255.0 + 0.5)


def to_bytes(colour):
    return (channel(colour.x), channel(colour.y), channel(colour.z))


def build_scene():
    camera = Camera(Vector(0.0, 1.8, 10.0), Vector(0.0, 1.2, 0.0),
                    Vector(0.0, 1.0, 0.0), 0.5)
    scene = Scene(camera, Vector(0.05, 0.08, 0.15))
    scene.add(Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0)),
              Checkerboard(Vector(0.1, 0.1, 0.1), 1.5,
                           colour=Vector(0.9, 0.9, 0.9), mirror=0.2,
                           specular=0.0))
    scene.add(Sphere(Vector(0.0, 1.5, -1.0), 1.5),
              Material(Vector(0.9, 0.2, 0.2), mirror=0.3))
    scene.add(Sphere(Vector(-2.6, 0.8, 1.2), 0.8),
              Material(Vector(0.2, 0.8, 0.3), shininess=30, mirror=0.1))
    scene.add(Sphere(Vector(2.4, 1.0, 0.8), 1.0),
              Material(WHITE.scale(0.3), specular=0.8, shininess=50,
                       mirror=0.6))
    scene.lights.append(Light(Vector(-6.0, 8.0, 8.0), Vector(0.9, 0.9, 0.8)))
    scene.lights.append(Light(Vector(5.0, 5.0, 4.0), Vector(0.3, 0.3, 0.45)))
    return scene


def checksum(pixels):
    total = 0
    for r, g, b in pixels:
        total = (total * 33 + r * 65536 + g * 256 + b) % 4294967291
    return total


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    scene = build_scene()
    for _ in range(iterations):
        pixels = scene.render(WIDTH, HEIGHT)
    brightness = sum(r + g + b for r, g, b in pixels)
    print("raytrace %dx%d x%d: checksum=%d brightness=%d"
          % (WIDTH, HEIGHT, iterations, checksum(pixels), brightness))


if __name__ == "__main__":
    main()
