# Conway's Game of Life on a small torus
def step(cells, w, h):
    new = set()
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % w, (y + dy) % h)
                    counts[key] = counts.get(key, 0) + 1
    for pos, n in counts.items():
        if n == 3 or (n == 2 and pos in cells):
            new.add(pos)
    return new
def show(cells, w, h):
    for y in range(h):
        print("".join("#" if (x, y) in cells else "." for x in range(w)))
W, H = 8, 8
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
cells = set(glider)
for gen in range(5):
    print("generation", gen, "population", len(cells))
    show(cells, W, H)
    cells = step(cells, W, H)
blinker = {(1, 0), (1, 1), (1, 2)}
b1 = step(blinker, 5, 5)
b2 = step(b1, 5, 5)
print(sorted(b1), b2 == blinker)
block = {(0, 0), (0, 1), (1, 0), (1, 1)}
print(step(block, 6, 6) == block)
c = set(glider)
for _ in range(4 * W):
    c = step(c, W, H)
print("glider returns after", 4 * W, "steps:", c == glider)
