# Calendar computations without the datetime module
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else DAYS[m - 1]
def day_of_year(y, m, d):
    return sum(days_in_month(y, k) for k in range(1, m)) + d
def days_from_civil(y, m, d):
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468
NAMES = ["Thursday", "Friday", "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday"]
def weekday(y, m, d):
    return NAMES[days_from_civil(y, m, d) % 7]
for date in [(1970, 1, 1), (2000, 1, 1), (2000, 2, 29), (1969, 7, 20), (2024, 12, 25), (1900, 3, 1), (1600, 1, 1)]:
    print(date, weekday(*date), day_of_year(*date), days_from_civil(*date))
print(days_from_civil(2024, 3, 1) - days_from_civil(2024, 2, 1), days_from_civil(2023, 3, 1) - days_from_civil(2023, 2, 1))
print([y for y in range(1896, 1912) if is_leap(y)], is_leap(2000), is_leap(2100))
def calendar(y, m):
    print(("%s %d" % (["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][m - 1], y)).center(20))
    print("Mo Tu We Th Fr Sa Su")
    first = (days_from_civil(y, m, 1) + 3) % 7
    cells = ["  "] * first + ["%2d" % d for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        print(" ".join(cells[i:i + 7]))
calendar(2024, 2)
calendar(2021, 8)
fri13 = [(y, m) for y in range(2020, 2025) for m in range(1, 13) if weekday(y, m, 13) == "Friday"]
print(len(fri13), fri13[:5])
def add_days(y, m, d, n):
    d += n
    while d > days_in_month(y, m):
        d -= days_in_month(y, m)
        m += 1
        if m > 12:
            m, y = 1, y + 1
    return y, m, d
print(add_days(2024, 2, 20, 10), add_days(2023, 12, 25, 400), add_days(2024, 1, 31, 29))
