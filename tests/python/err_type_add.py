# Uncaught TypeError at module level after some output
values = [1, 2, 3]
total = 0
for v in values:
    total += v
    print("running total", total)
label = "total: "
print(label + str(total))
print(label + total)
print("unreachable")
