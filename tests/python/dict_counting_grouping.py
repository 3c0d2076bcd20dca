# Counting and grouping idioms with plain dicts
votes = ["red", "blue", "red", "green", "blue", "red", "yellow", "green", "red"]
tally = {}
for v in votes:
    tally[v] = tally.get(v, 0) + 1
print(tally)
ranked = sorted(tally.items(), key=lambda kv: (-kv[1], kv[0]))
print(ranked, ranked[0][0])
winners = [k for k, v in tally.items() if v == max(tally.values())]
print(winners)
students = [("ann", "math", 90), ("bob", "math", 70), ("ann", "art", 85), ("cy", "math", 95), ("bob", "art", 60)]
by_student = {}
by_subject = {}
for name, subj, score in students:
    by_student.setdefault(name, {})[subj] = score
    by_subject.setdefault(subj, []).append(score)
print(by_student)
print({s: (min(v), max(v), sum(v) / len(v)) for s, v in by_subject.items()})
avg = {n: sum(d.values()) / len(d) for n, d in by_student.items()}
print(avg, max(avg, key=avg.get))
text = "one two three two one two four"
positions = {}
for i, w in enumerate(text.split()):
    positions.setdefault(w, []).append(i)
print(positions)
hist = {}
for w in text.split():
    hist[len(w)] = hist.get(len(w), 0) + 1
for k in sorted(hist):
    print(k, "#" * hist[k])
matrix = {}
pairs = [("a", "b"), ("a", "c"), ("b", "c"), ("a", "b")]
for x, y in pairs:
    matrix.setdefault(x, {}).setdefault(y, 0)
    matrix[x][y] += 1
print(matrix)
inverted = {}
for k, v in {"x": 1, "y": 2, "z": 1}.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
nested_sum = sum(sum(d.values()) for d in by_student.values())
print(nested_sum, len(by_student), sorted(by_student["ann"].items()))
merged = {}
for d in [{"a": 1, "b": 2}, {"b": 3, "c": 4}, {"a": 5}]:
    for k, v in d.items():
        merged[k] = merged.get(k, 0) + v
print(merged)
