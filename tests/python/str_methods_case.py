# Case conversion and classification methods
words = ["hello", "WORLD", "Python3", "mIxEd CaSe", "  spaced ", "", "123", "abc123", "ABC", "tItle Case Words", "ß"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.capitalize(), w.title(), w.swapcase())
for w in words:
    print(repr(w), w.isalpha(), w.isdigit(), w.isalnum(), w.isupper(), w.islower(), w.isspace(), w.istitle())
print("Straße".casefold(), "Straße".lower(), "ǅ".upper(), "ǅ".lower())
print("42".isdecimal(), "4.2".isdecimal(), "²".isdigit(), "²".isdecimal(), "½".isnumeric())
print("abc".isidentifier(), "1abc".isidentifier(), "_x".isidentifier(), "a-b".isidentifier())
print("abc".isascii(), "é".isascii(), " \t\n".isspace(), "Hello\nWorld".isprintable(), "Hi".isprintable())
print("hello world foo".title(), "they're bill's".title(), "a1b2c3".title())
