# Exception inside a list comprehension (frame <listcomp>)
def inverses(nums):
    return [1 / n for n in nums]
print(inverses([1, 2, 4]))
print(inverses([5, 0, 1]))
