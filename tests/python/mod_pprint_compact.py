# pprint: compact mode, indentation and nesting at various widths
import pprint

matrix = [[i * j for j in range(9)] for i in range(6)]
for width in (20, 40, 60):
    pprint.pprint(matrix, width=width, compact=True)
pprint.pprint(matrix, width=30, indent=4)
words = 'the quick brown fox jumps over the lazy dog again and again'.split()
pprint.pprint(words, width=30, compact=True)
pprint.pprint(words, width=30)
pprint.pprint({'words': words, 'nums': list(range(15))}, width=40, compact=True)
nested = {'level1': {'level2': {'level3': {'level4': list(range(12))}}}}
pprint.pprint(nested, width=30)
pprint.pprint(nested, width=30, depth=3)
pprint.pprint([(1, 'one'), (2, 'two'), (3, 'three')] * 3, width=45)
pprint.pprint(((1,), (1, 2), ('single',)), width=10)
pprint.pprint({'key': ('a tuple that is long enough to wrap around',)}, width=30)
pprint.pprint([[], {}, (), set(), frozenset(), ''], width=5)
pprint.pprint(list(range(100)), width=72, compact=True)
pprint.pprint({i: {'square': i * i, 'cube': i ** 3} for i in range(5)}, width=50)
pprint.pprint({'a': [1, 2, {'b': [3, 4, {'c': 'deep string value here'}]}]}, width=25, indent=2)
print(pprint.pformat({'x': 1}, width=1), pprint.pformat([1, [2, [3]]], depth=2))
pprint.pprint([1.5, 2.25, -0.0, 1e100, float('inf'), complex(1, -2), True, None], width=30)
print(pprint.saferepr({'b': [1, 2], 'a': (3, {'z', 'y'} if False else 4)}))
pprint.pprint(['x' * 10] * 8, width=40, compact=True, indent=3)
