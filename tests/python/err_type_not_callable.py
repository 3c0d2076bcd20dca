# Uncaught TypeError: calling a dict (shadowed name)
handlers = {"a": len, "b": str.upper}
print(handlers["a"]("xyz"), handlers["b"]("xyz"))
result = handlers("a")
