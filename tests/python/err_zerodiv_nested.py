# ZeroDivisionError raised three calls deep
def average(nums):
    return sum(nums) / len(nums)
def report(groups):
    for name, nums in groups:
        print(name, average(nums))
def main():
    groups = [("a", [1, 2, 3]), ("b", [10]), ("empty", [])]
    report(groups)
main()
