# Huffman coding with a hand-written binary heap (deterministic tie-breaking)
def heap_push(h, item):
    h.append(item)
    i = len(h) - 1
    while i > 0:
        p = (i - 1) // 2
        if h[i] < h[p]:
            h[i], h[p] = h[p], h[i]
            i = p
        else:
            break
def heap_pop(h):
    last = h.pop()
    if not h:
        return last
    top, h[0] = h[0], last
    i = 0
    n = len(h)
    while True:
        l, r, small = 2 * i + 1, 2 * i + 2, i
        if l < n and h[l] < h[small]:
            small = l
        if r < n and h[r] < h[small]:
            small = r
        if small == i:
            return top
        h[i], h[small] = h[small], h[i]
        i = small
h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heap_push(h, v)
print([heap_pop(h) for _ in range(7)])
def huffman(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    heap = []
    counter = 0
    for ch in sorted(freq):
        heap_push(heap, (freq[ch], counter, ch))
        counter += 1
    while len(heap) > 1:
        f1, _, a = heap_pop(heap)
        f2, _, b = heap_pop(heap)
        heap_push(heap, (f1 + f2, counter, (a, b)))
        counter += 1
    codes = {}
    def walk(node, prefix):
        if isinstance(node, str):
            codes[node] = prefix or "0"
        else:
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
    walk(heap[0][2], "")
    return freq, codes
text = "this is an example of a huffman tree"
freq, codes = huffman(text)
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(repr(ch), freq[ch], codes[ch])
encoded = "".join(codes[c] for c in text)
print(len(encoded), len(text) * 8, encoded[:40])
rev = {v: k for k, v in codes.items()}
out, cur = [], ""
for bit in encoded:
    cur += bit
    if cur in rev:
        out.append(rev[cur])
        cur = ""
print("".join(out) == text, "".join(out)[:20])
print(huffman("aaaa")[1], huffman("ab")[1])
