# Uncaught exception with several args prints the tuple
print("before")
raise ValueError("bad thing", 42, [1, 2])
