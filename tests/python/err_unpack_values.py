# Uncaught ValueError from tuple unpacking in a loop
pairs = ["a=1", "b=2", "c=3=4"]
for p in pairs:
    key, value = p.split("=")
    print(key, value)
