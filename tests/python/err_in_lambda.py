# Exception inside a lambda used as a sort key
records = [{"name": "x", "age": 3}, {"name": "y", "age": 1}, {"name": "z"}]
print(sorted(records[:2], key=lambda r: r["age"]))
print(sorted(records, key=lambda r: r["age"]))
