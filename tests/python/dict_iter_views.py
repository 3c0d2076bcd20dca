# dict views, iteration, comprehension, nesting
prices = {"apple": 1.25, "banana": 0.5, "cherry": 3.0, "date": 2.0}
for k in prices:
    print(k, prices[k])
for k, v in prices.items():
    print(f"{k}:{v}", end=" ")
print()
keys = prices.keys()
vals = prices.values()
items = prices.items()
print(len(keys), "apple" in keys, 0.5 in vals, ("date", 2.0) in items, ("date", 3) in items)
prices["elder"] = 9.5
print(list(keys), list(vals))
print(sorted(keys & {"apple", "fig", "date"}), sorted(keys - {"apple"}), sorted(keys | {"zz"}))
print(sum(prices.values()), max(prices, key=prices.get), min(prices.items(), key=lambda kv: kv[1]))
print(sorted(prices.items(), key=lambda kv: -kv[1]))
inv = {v: k for k, v in prices.items()}
print(inv)
sq = {n: n * n for n in range(6) if n % 2}
print(sq)
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": [], "e": ["a"]}
seen = []
def dfs(n):
    if n in seen:
        return
    seen.append(n)
    for m in graph[n]:
        dfs(m)
dfs("a")
print(seen)
nested = {"x": {"y": {"z": 1}}}
nested["x"]["y"]["w"] = 2
print(nested, nested["x"]["y"]["z"])
try:
    for k in prices:
        prices[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
words = "the cat and the hat and the bat".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq)
print(sorted(freq, key=lambda w: (-freq[w], w)))
groups = {}
for w in words:
    groups.setdefault(len(w), []).append(w)
print(groups)
print(list(zip(prices.keys(), prices.values()))[:2], dict(enumerate("ab")))
print(list(reversed(prices.keys()))[:3], list(reversed(prices.items()))[0])
