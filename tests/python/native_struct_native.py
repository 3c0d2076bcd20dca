# Native mode ('@', the default): platform sizes and alignment (x86-64 / aarch64 Linux).
import struct

for f in ['c', 'b', 'h', 'i', 'l', 'q', 'n', 'N', 'P', 'f', 'd', 'e', '?',
          'ci', 'ic', 'bq', 'hd', 'hd0q', 'llh0l', '<llh0l', 'bhiq', 'qihb',
          'cP', '3si', 'i3s', 'b0i', '0i', 'ib', 'bi', 'xh', 'xxi', '@bi', '=bi']:
    print(f, struct.calcsize(f))

print(struct.pack('ci', b'*', 3))
print(struct.pack('bq', -1, 5))
print(struct.pack('hd', 7, 1.0))
print(struct.unpack('bhiq', struct.pack('bhiq', 1, 2, 3, 4)))
print(struct.pack('nN', -3, 3), struct.unpack('nN', struct.pack('nN', -3, 3)))
print(struct.pack('P', 4096), struct.unpack('P', struct.pack('P', 4096)))
print(struct.pack('l', 2**63 - 1), struct.pack('L', 2**64 - 1))
print(struct.pack('i', -2**31), struct.pack('I', 2**32 - 1))
print(struct.pack('@3h', 1, 2, 3))
