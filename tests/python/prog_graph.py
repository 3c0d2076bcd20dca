# Graph algorithms: BFS, DFS, topological sort, shortest paths
edges = [("a", "b", 4), ("a", "c", 2), ("b", "c", 5), ("b", "d", 10), ("c", "e", 3), ("e", "d", 4), ("d", "f", 11)]
graph = {}
for u, v, w in edges:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, [])
print(sorted(graph))
def bfs(start):
    order, queue, seen = [], [start], {start}
    while queue:
        n = queue.pop(0)
        order.append(n)
        for m, _ in graph[n]:
            if m not in seen:
                seen.add(m)
                queue.append(m)
    return order
def dfs(start, seen=None):
    if seen is None:
        seen = []
    seen.append(start)
    for m, _ in graph[start]:
        if m not in seen:
            dfs(m, seen)
    return seen
print(bfs("a"), dfs("a"), bfs("e"))
def topo():
    indeg = {n: 0 for n in graph}
    for n in graph:
        for m, _ in graph[n]:
            indeg[m] += 1
    ready = sorted(n for n in indeg if indeg[n] == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m, _ in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return out
print(topo())
def dijkstra(src):
    dist = {n: float("inf") for n in graph}
    prev = {}
    dist[src] = 0
    todo = set(graph)
    while todo:
        u = min(todo, key=lambda n: (dist[n], n))
        todo.remove(u)
        for v, w in graph[u]:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                prev[v] = u
    return dist, prev
dist, prev = dijkstra("a")
print(dist)
def path(to):
    p = [to]
    while p[-1] in prev:
        p.append(prev[p[-1]])
    return p[::-1]
for n in sorted(graph):
    print(n, dist[n], "->".join(path(n)))
grid = ["S.#.....", ".##.###.", "....#...", "##.##.#.", "......#E"]
def grid_bfs():
    rows, cols = len(grid), len(grid[0])
    start = end = None
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "S":
                start = (r, c)
            elif grid[r][c] == "E":
                end = (r, c)
    dist = {start: 0}
    q = [start]
    while q:
        r, c = q.pop(0)
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                q.append((nr, nc))
    return dist.get(end), len(dist)
print(grid_bfs())
def components(adj):
    seen, comps = set(), []
    for n in sorted(adj):
        if n in seen:
            continue
        stack, comp = [n], []
        seen.add(n)
        while stack:
            x = stack.pop()
            comp.append(x)
            for y in adj[x]:
                if y not in seen:
                    seen.add(y)
                    stack.append(y)
        comps.append(sorted(comp))
    return comps
und = {1: [2], 2: [1, 3], 3: [2], 4: [5], 5: [4], 6: []}
print(components(und))
