"""N-body: orbits of the Jovian planets around the Sun.

A symplectic-Euler integration of the Sun, Jupiter, Saturn, Uranus and
Neptune under Newtonian gravity (units: AU, years, solar masses).  Pure float
arithmetic on small lists.  The total energy before and after is printed with
nine decimals.

Usage: nbody.py N   -- advance the system N * STEPS_PER_ITERATION steps.
"""

import sys
from math import sqrt

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24
STEPS_PER_ITERATION = 5000
TIME_STEP = 0.01


def body(x, y, z, vx, vy, vz, mass):
    """A body is [position list, velocity list, mass]."""
    return [[x, y, z],
            [vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR],
            mass * SOLAR_MASS]


def make_system():
    sun = body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0)
    jupiter = body(4.84143144246472090e+00, -1.16032004402742839e+00,
                   -1.03622044471123109e-01, 1.66007664274403694e-03,
                   7.69901118419740425e-03, -6.90460016972063023e-05,
                   9.54791938424326609e-04)
    saturn = body(8.34336671824457987e+00, 4.12479856412430479e+00,
                  -4.03523417114321381e-01, -2.76742510726862411e-03,
                  4.99852801234917238e-03, 2.30417297573763929e-05,
                  2.85885980666130812e-04)
    uranus = body(1.28943695621391310e+01, -1.51111514016986312e+01,
                  -2.23307578892655734e-01, 2.96460137564761618e-03,
                  2.37847173959480950e-03, -2.96589568540237556e-05,
                  4.36624404335156298e-05)
    neptune = body(1.53796971148509165e+01, -2.59193146099879641e+01,
                   1.79258772950371181e-01, 2.68067772490389322e-03,
                   1.62824170038242295e-03, -9.51592254519715870e-05,
                   5.15138902046611451e-05)
    return [sun, jupiter, saturn, uranus, neptune]


def pairs_of(bodies):
    result = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            result.append((bodies[i], bodies[j]))
    return result


def offset_momentum(bodies):
    """Give the Sun the velocity that makes the total momentum zero."""
    px = py = pz = 0.0
    for (_, (vx, vy, vz), mass) in bodies:
        px -= vx * mass
        py -= vy * mass
        pz -= vz * mass
    sun_velocity, sun_mass = bodies[0][1], bodies[0][2]
    sun_velocity[0] = px / sun_mass
    sun_velocity[1] = py / sun_mass
    sun_velocity[2] = pz / sun_mass


def energy(bodies, pairs):
    total = 0.0
    for (_, (vx, vy, vz), mass) in bodies:
        total += 0.5 * mass * (vx * vx + vy * vy + vz * vz)
    for ((p1, _, m1), (p2, _, m2)) in pairs:
        dx = p1[0] - p2[0]
        dy = p1[1] - p2[1]
        dz = p1[2] - p2[2]
        total -= (m1 * m2) / sqrt(dx * dx + dy * dy + dz * dz)
    return total


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for ((p1, v1, m1), (p2, v2, m2)) in pairs:
            dx = p1[0] - p2[0]
            dy = p1[1] - p2[1]
            dz = p1[2] - p2[2]
            dist2 = dx * dx + dy * dy + dz * dz
            magnitude = dt / (dist2 * sqrt(dist2))
            f1 = m1 * magnitude
            f2 = m2 * magnitude
            v1[0] -= dx * f2
            v1[1] -= dy * f2
            v1[2] -= dz * f2
            v2[0] += dx * f1
            v2[1] += dy * f1
            v2[2] += dz * f1
        for (position, (vx, vy, vz), _) in bodies:
            position[0] += dt * vx
            position[1] += dt * vy
            position[2] += dt * vz


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    bodies = make_system()
    pairs = pairs_of(bodies)
    offset_momentum(bodies)
    before = energy(bodies, pairs)
    advance(bodies, pairs, TIME_STEP, iterations * STEPS_PER_ITERATION)
    after = energy(bodies, pairs)
    print("nbody x%d: energy %.9f -> %.9f" % (iterations, before, after))


if __name__ == "__main__":
    main()
