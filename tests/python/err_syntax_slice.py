items = [1, 2, 3, 4, 5]
print(items[1:3])
part = items[1:2:3:4]
