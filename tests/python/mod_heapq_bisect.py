import heapq
import bisect

h = []
for v in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data[0])
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data[0])
print(sorted(data) == [heapq.heappop(data) for _ in range(len(data))])
print(heapq.nlargest(3, [1, 8, 2, 9, 3]), heapq.nsmallest(2, [5, 1, 4, 0]))
print(heapq.nlargest(2, ['bb', 'a', 'cccc', 'dd'], key=len), heapq.nsmallest(2, ['bb', 'a', 'cccc', 'dd'], key=len))
print(heapq.nlargest(0, [1]), heapq.nsmallest(10, [3, 1, 2]), heapq.nlargest(1, []))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([], [1], [0, 2])), list(heapq.merge()))
print(list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge([(1, 'x'), (2, 'y')], [(1, 'a'), (3, 'b')])))
print(list(heapq.merge([1, 1], [1, 1], key=lambda v: 0)))
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1)]:
    try:
        bad()
    except IndexError as e:
        print("IndexError:", e)
tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'plan'))
heapq.heappush(tasks, (3, 'test'))
print([heapq.heappop(tasks)[1] for _ in range(3)])
print(sorted(heapq.__all__))

a = [1, 2, 4, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4))
print(bisect.bisect_left(a, 0), bisect.bisect_right(a, 100), bisect.bisect_left(a, 3))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3), bisect.bisect(a, 4, hi=2))
bisect.insort(a, 3)
bisect.insort_left(a, 4)
bisect.insort_right(a, 9)
bisect.insort_left(a, 0, 0, 0)
print(a)
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError:", e)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
words = ['apple', 'banana', 'cherry']
bisect.insort(words, 'blueberry')
print(words, bisect.bisect(words, 'b'), bisect.bisect_left([], 5))
