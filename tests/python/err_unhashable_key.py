# Uncaught TypeError: unhashable type used as dict key inside a function
def index_by(rows, key):
    out = {}
    for r in rows:
        out[r[key]] = r
    return out
rows = [{"id": 1, "tags": ["x"]}, {"id": 2, "tags": ["y"]}]
print(sorted(index_by(rows, "id")))
index_by(rows, "tags")
