import time

t = time.gmtime(1234567890)
for fmt in ['%Y-%m-%d %H:%M:%S', '%a %A %b %B', '%j %p %y', '%Z %z', '%%', '', 'plain text',
            '%d/%m/%Y', '%I:%M %p', '%w %U %W', '%c', '%x %X', '%D %T %R', '%e|%C|%g|%G|%V|%u']:
    print(repr(fmt), repr(time.strftime(fmt, t)))
fixed = (2021, 12, 31, 23, 59, 60, 4, 365, 0)
print(time.strftime('%Y %m %d %H %M %S %a %j', fixed))
print(time.strftime('%Y %m %d %j', (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime('%Y|%a', (1900, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('%Y', (12345, 1, 1, 0, 0, 0, 0, 1, 0)))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0),
            (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -2, 1, 0),
            (2020, 1, 1, 0, 0, 0, 0, 367, 0)]:
    try:
        time.strftime('%Y', bad)
    except ValueError as e:
        print('ValueError', e)
for bad in [(1, 2), [2020] * 9, 5]:
    try:
        time.strftime('%Y', bad)
    except TypeError as e:
        print('TypeError', e)
try:
    time.strftime(5)
except TypeError as e:
    print('TypeError', e)
try:
    time.strftime('%Y', (2020, 1, 1, 0, 0, 0.5, 0, 1, 0))
except TypeError as e:
    print('TypeError')
print(time.asctime(t), time.asctime(time.gmtime(0)), time.asctime((2020, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.asctime((1999, 12, 5, 7, 8, 9, 6, 339, 0)))
print(type(time.asctime()), type(time.ctime()), type(time.ctime(0)), len(time.ctime(0)), type(time.strftime('%Y')))
print(time.strftime('%Y', time.localtime()) == time.strftime('%Y'))
try:
    time.asctime((1, 2))
except TypeError as e:
    print('TypeError', e)
lt = time.localtime(1234567890)
print(time.mktime(lt), type(time.mktime(lt)))
print(time.mktime(time.localtime(0)), time.mktime(time.localtime(2**31 + 5)))
try:
    time.mktime((1, 2))
except TypeError as e:
    print('TypeError', e)
print(type(time.timezone), type(time.altzone), type(time.daylight), type(time.tzname), len(time.tzname))
print(time.altzone <= time.timezone, time.daylight in (0, 1))
