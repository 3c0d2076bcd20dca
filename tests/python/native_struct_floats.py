# Floating-point codes: f, d and the IEEE half precision e.
import math
import struct

for x in [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 65504.0, 65519.0, 6.1e-5, 5.96e-8,
          2.9802322387695312e-08, 1e-8, 1000.0, 3.14159, math.inf, -math.inf]:
    h = struct.pack('<e', x)
    print(repr(x), h, struct.unpack('<e', h), struct.pack('>e', x))

print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x00\xfc'), struct.unpack('<e', b'\x01\x00'))
print(math.isnan(struct.unpack('<e', struct.pack('<e', math.nan))[0]))
print(struct.pack('<e', math.nan), struct.pack('<f', math.nan), struct.pack('<d', math.nan))
for x in [0.1, 1e38, 3.4028235e38, -2.5, 1e-45, 1e-46, 16777217.0]:
    f = struct.pack('<f', x)
    print(repr(x), f, struct.unpack('<f', f), struct.pack('>f', x))
for x in [0.1, 1e308, 5e-324, -0.0, 2.0 ** 60]:
    d = struct.pack('>d', x)
    print(repr(x), d, struct.unpack('>d', d), struct.unpack('<d', struct.pack('<d', x)))
print(struct.pack('<d', 7), struct.pack('<f', True), struct.pack('<e', 3))
print(struct.unpack('<4f', struct.pack('<4f', 1.0, 2.0, 3.0, 4.0)))
