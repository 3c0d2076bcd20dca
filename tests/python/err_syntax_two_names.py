# two expressions side by side
a = 1
b = 2
total = a b
print(total)
