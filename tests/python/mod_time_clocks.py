import time

for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    f = getattr(time, name)
    fns = getattr(time, name + '_ns')
    a = f()
    b = fns()
    print(name, type(a).__name__, type(b).__name__, a >= 0, b >= 0)
print(time.time() > 1.6e9, time.time_ns() > 1.6e18)
print(abs(time.time() - time.time_ns() / 1e9) < 1.0)
m1 = time.monotonic()
m2 = time.monotonic()
print(m2 >= m1)
p1 = time.perf_counter_ns()
time.sleep(0.05)
p2 = time.perf_counter_ns()
print(p2 - p1 >= 45_000_000, p2 - p1 < 2_000_000_000)
s = time.monotonic()
time.sleep(0)
time.sleep(0.01)
time.sleep(True)
e = time.monotonic()
print(1.0 <= e - s < 3.0)
for bad in [-1, -0.5]:
    try:
        time.sleep(bad)
    except ValueError as ex:
        print('ValueError', ex)
try:
    time.sleep('1')
except TypeError as ex:
    print('TypeError')
try:
    time.sleep(float('nan'))
except ValueError as ex:
    print('ValueError', ex)
c1 = time.process_time()
x = 0
for i in range(200000):
    x += i
c2 = time.process_time()
print(c2 >= c1, x)
print(time.sleep(0))
