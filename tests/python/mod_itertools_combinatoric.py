from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('AB', 'xy')))
print(list(product(range(2), repeat=3)))
print(list(product('ab', [1], repeat=2)))
print(list(product()), list(product('ab', [])), list(product(repeat=0)))
try:
    product('a', repeat=-1)
except ValueError as e:
    print("ValueError:", e)

print(list(permutations('ABC')))
print(list(permutations(range(4), 2)))
print(list(permutations('AB', 3)), list(permutations('', 0)), list(permutations('AB', 0)))
print(len(list(permutations(range(5)))))
try:
    permutations('ab', -1)
except ValueError as e:
    print("ValueError:", e)

print(list(combinations('ABCD', 2)))
print(list(combinations(range(4), 3)))
print(list(combinations('AB', 3)), list(combinations('AB', 0)))
print(len(list(combinations(range(10), 4))))
try:
    combinations('ab', -2)
except ValueError as e:
    print("ValueError:", e)

print(list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement(range(2), 3)))
print(list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))
print(len(list(combinations_with_replacement(range(5), 3))))

p = product('ab', repeat=2)
print(next(p), next(p), list(p))
print(type(p).__name__, type(permutations('a')).__name__, type(combinations('a', 1)).__name__)
print(sum(1 for _ in product(range(3), range(4))))
print(sorted(set(map(frozenset, combinations('abcab', 2))), key=sorted)[:3] == sorted(set(map(frozenset, combinations('abcab', 2))), key=sorted)[:3])
print([''.join(p) for p in permutations('dog')])
