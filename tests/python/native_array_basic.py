# array.array: construction, indexing, slicing, iteration and methods.
from array import array
import array as array_module

print(array_module.typecodes)
a = array('i', [1, 2, 3])
print(a, len(a), a[0], a[-1], a.typecode, a.itemsize)
a.append(4)
a.extend([5, 6])
a.extend(array('i', [7]))
a.insert(0, 0)
print(a, a.tolist())
print(a[2:5], a[::2], a[::-1], a[10:])
print(a.pop(), a.pop(0), a)
a.remove(3)
print(a, a.index(4), a.count(2), 4 in a, 99 in a)
a.reverse()
print(a, list(a), [x * 2 for x in a])
a[0] = 100
a[1:3] = array('i', [20, 30, 40])
del a[-1]
print(a)
del a[::2]
print(a)
b = array('d', [1.5, 2.5])
print(b + array('d', [3.0]), b * 2, 2 * b)
b += array('d', [9.0])
b *= 2
print(b, len(b))
print(array('f', [0.1, 0.5]), array('d', [0.1]), array('u', 'héllo'), array('b'), array('B', b'AB'))
print(array('i', (x * x for x in range(5))), array('h', range(3)), array('q', array('i', [7, 8])))
print(array('u', 'abc').tounicode(), array('u', 'abc')[1], array('d', array('i', [1, 2])))
c = array('i', [3, 1, 2])
print(c == array('i', [3, 1, 2]), c != array('i', [3, 1, 2]), c < array('i', [3, 2]), c == [3, 1, 2])
print(c == array('h', [3, 1, 2]), sorted(c), max(c), sum(c))
print(array('L', [2**64 - 1]), array('q', [-2**63]), array('Q', [2**64 - 1]))
u = array('u')
u.fromunicode('xyz')
print(u, u.buffer_info()[1])
print(array('i', [True, False]), array('d', [1, True]))
