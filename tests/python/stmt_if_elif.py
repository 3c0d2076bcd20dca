# if/elif/else chains with various conditions
def describe(v):
    if v is None:
        return "none"
    elif isinstance(v, bool):
        return "bool:" + str(v)
    elif isinstance(v, int) and v < 0:
        return "negative int"
    elif isinstance(v, int):
        return "non-negative int"
    elif isinstance(v, str) and not v:
        return "empty string"
    elif isinstance(v, str):
        return "string of " + str(len(v))
    elif isinstance(v, (list, tuple)) and len(v) > 2:
        return "long sequence"
    else:
        return "other:" + type(v).__name__
for v in [None, True, False, -5, 0, 12, "", "abc", [1, 2, 3], (1,), {}, 1.5]:
    print(repr(v), "->", describe(v))
def bmi_category(bmi):
    if bmi < 18.5:
        cat = "under"
    elif bmi < 25:
        cat = "normal"
    elif bmi < 30:
        cat = "over"
    else:
        cat = "obese"
    return cat
print([bmi_category(b) for b in [17, 18.5, 24.9, 25, 29.99, 30, 45]])
x = 5
if x:
    if x > 3:
        if x % 2:
            print("odd > 3")
        else:
            print("even > 3")
    else:
        print("small")
def roman(n):
    out = ""
    for val, sym in [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]:
        while n >= val:
            out += sym
            n -= val
    return out
print([roman(n) for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]])
def leap(y):
    if y % 400 == 0:
        return True
    if y % 100 == 0:
        return False
    return y % 4 == 0
print([y for y in range(1890, 1920) if leap(y)], leap(2000), leap(1900))
if []:
    print("no")
elif {}:
    print("no")
elif 0.0:
    print("no")
elif "0":
    print("string '0' is truthy")
v = 0
if v == 0: print("one-line if")
if v: print("x")
else: print("one-line else")
