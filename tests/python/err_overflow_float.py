# Uncaught OverflowError converting a huge int to float
values = [10 ** 10, 10 ** 100, 10 ** 400]
for v in values:
    print(len(str(v)), float(v))
