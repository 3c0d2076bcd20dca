# Lists as stacks/queues; simulation problems
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack
for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "}{", "a(b)c[d]"]:
    print(repr(s), balanced(s))
def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in "+-*/":
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[tok])
        else:
            st.append(int(tok))
    return st.pop()
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 3 4 * 5 - /"))
queue = []
for job in ["j1", "j2", "j3"]:
    queue.append(job)
processed = []
while queue:
    job = queue.pop(0)
    processed.append(job)
    if job == "j1":
        queue.append("j1-retry")
print(processed)
def josephus(n, k):
    people = list(range(1, n + 1))
    idx = 0
    order = []
    while people:
        idx = (idx + k - 1) % len(people)
        order.append(people.pop(idx))
    return order
print(josephus(7, 3), josephus(10, 2)[-1])
def hot_potato(names, num):
    q = list(names)
    while len(q) > 1:
        for _ in range(num):
            q.append(q.pop(0))
        q.pop(0)
    return q[0]
print(hot_potato(["Bill", "David", "Susan", "Jane", "Kent", "Brad"], 7))
def next_greater(nums):
    res = [-1] * len(nums)
    st = []
    for i, v in enumerate(nums):
        while st and nums[st[-1]] < v:
            res[st.pop()] = v
        st.append(i)
    return res
print(next_greater([2, 1, 2, 4, 3]), next_greater([5, 4, 3]), next_greater([]))
history = []
undo = []
for action in ["type a", "type b", "undo", "type c", "undo", "undo", "redo"]:
    if action == "undo" and history:
        undo.append(history.pop())
    elif action == "redo" and undo:
        history.append(undo.pop())
    elif action.startswith("type"):
        history.append(action[5:])
        undo.clear()
    print(action.ljust(7), history, undo)
