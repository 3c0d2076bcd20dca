# Uncaught KeyError
inventory = {"apples": 3, "pears": 0}
for fruit in ["apples", "pears"]:
    print(fruit, inventory[fruit])
print("kiwis", inventory["kiwis"])
