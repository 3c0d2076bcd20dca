import time

t = time.gmtime(0)
print(t)
print(type(t), isinstance(t, tuple), len(t), t[0], t[-1], t[:3], list(t))
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t.tm_zone, t.tm_gmtoff)
print(t == (1970, 1, 1, 0, 0, 0, 3, 1, 0), tuple(t))
for secs in [1, 86399, 86400, 951782400, 1234567890, 2**31, -1, -86401, 1.9, -1.5, 4102444800, True]:
    print(secs, time.gmtime(secs))
y, m, d, *rest = time.gmtime(10**9)
print(y, m, d, rest)
s = time.struct_time((2020, 2, 29, 12, 30, 45, 5, 60, 0))
print(s, s.tm_zone, s.tm_gmtoff)
s2 = time.struct_time((2020, 2, 29, 12, 30, 45, 5, 60, 0, 'XYZ', 3600))
print(s2.tm_zone, s2.tm_gmtoff, len(s2))
for bad in [(1, 2), tuple(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    t.tm_year = 5
except AttributeError:
    print('AttributeError')
print(time.struct_time.__name__, time.struct_time.__module__, time.struct_time.n_sequence_fields,
      time.struct_time.n_fields, time.struct_time.n_unnamed_fields)
try:
    time.gmtime(float('nan'))
except ValueError as e:
    print('ValueError', e)
try:
    time.gmtime(1e30)
except OverflowError as e:
    print('OverflowError', e)
try:
    time.gmtime('x')
except TypeError as e:
    print('TypeError')
lt = time.localtime()
print(type(lt).__name__, len(lt), type(lt.tm_zone).__name__, type(lt.tm_gmtoff).__name__)
print(time.localtime(0).tm_year in (1969, 1970))
print(type(time.gmtime()).__name__, time.gmtime()[0] >= 2024)
