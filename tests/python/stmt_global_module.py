# Module-level state manipulated through functions and global
CONFIG = {"debug": False, "level": 1}
counter = 0
history = []
def record(event):
    global counter
    counter += 1
    history.append((counter, event))
def set_level(n):
    CONFIG["level"] = n
    record("level=" + str(n))
def reset():
    global counter, history
    counter = 0
    history = []
record("start")
set_level(3)
record("work")
print(counter, history, CONFIG)
reset()
print(counter, history)
record("after reset")
print(counter, history)
def toggle():
    global FLAG
    try:
        FLAG = not FLAG
    except NameError:
        FLAG = True
    return FLAG
print(toggle(), toggle(), toggle())
def define_many():
    global g1, g2
    g1, g2 = "one", "two"
define_many()
print(g1, g2)
def shadow_then_global():
    counter = "local"
    def inner():
        global counter
        counter += 100
        return counter
    return counter, inner()
print(shadow_then_global(), counter)
names = sorted(n for n in dir() if not n.startswith("_"))
print(names)
print("CONFIG" in globals(), globals()["counter"], "toggle" in globals())
exec_like = globals()
exec_like["injected"] = 7
print(injected)
