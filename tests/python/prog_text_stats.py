# Word frequency and text statistics without imports
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""
lines = text.splitlines()
print("lines:", len(lines), "chars:", len(text))
words = []
for line in lines:
    for raw in line.split():
        w = raw.strip(".,;:!?").lower()
        if w:
            words.append(w)
print("words:", len(words), "unique:", len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for w, n in top:
    print(f"{w:>12} {n:3d} {'*' * n}")
by_len = {}
for w in set(words):
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, sorted(by_len[k]))
print("longest:", max(words, key=len), "avg length: %.3f" % (sum(map(len, words)) / len(words)))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c)))[:10])
caps = [raw.strip(",.") for raw in text.split() if raw[0].isupper()]
print(caps)
print(text.count("it was"), text.lower().count("it was"), text.find("wisdom"), text.rfind("of"))
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, " ".join(w.capitalize() for w in lines[0].split()[:4]))
def wrap(s, width):
    out, cur = [], ""
    for w in s.split():
        if len(cur) + len(w) + (1 if cur else 0) > width:
            out.append(cur)
            cur = w
        else:
            cur = cur + " " + w if cur else w
    if cur:
        out.append(cur)
    return out
for l in wrap(text, 30):
    print("|" + l.ljust(30) + "|")
