# array.array for numeric work: statistics, histograms, conversions.
from array import array
import struct

samples = array('d', [2.5, 3.5, 1.0, 4.0, 4.0, 0.5])
mean = sum(samples) / len(samples)
print(mean, min(samples), max(samples), sorted(samples)[len(samples) // 2])
hist = array('I', [0] * 5)
for x in samples:
    hist[min(int(x), 4)] += 1
print(hist, hist.tolist())
ints = array('h', range(-5, 6))
print(ints, sum(ints), array('h', (abs(v) for v in ints)))
ints[::2] = array('h', [0] * 6)
print(ints)
buf = array('B', b'\x00\x01\x02\x03\x04\x05\x06\x07')
words = array('H')
words.frombytes(buf.tobytes())
print(words, struct.unpack('<4H', bytes(buf)))
floats = array('f', [1 / 3, 2 / 3])
print(floats, floats.tobytes() == struct.pack('<2f', 1 / 3, 2 / 3))
big = array('q', [2**40, -2**40])
print(big, [v >> 20 for v in big])
squares = array('L')
for i in range(10):
    squares.append(i * i)
print(squares, squares[3:7], squares.count(49), squares.index(64))
grid = [array('b', [0] * 4) for _ in range(3)]
grid[1][2] = 7
print([g.tolist() for g in grid])
