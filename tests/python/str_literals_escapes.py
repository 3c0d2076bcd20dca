# String literal forms and escape sequences
a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
print(a, b, c, d, sep="|")
print("tab\there", "new\nline", "back\\slash", "quote\"s", 'apos\'s')
print("\x41\x42\x43", "\101\102", "\u00e9\u00e8", "\U0001F600" == chr(128512), "\N{BULLET}" == "\u2022")
print(r"raw\nstring", r"C:\path\to", len(r"\n"), len("\n"))
print("implicit" " concatenation" ' works')
print(("multi"
       "line"
       "concat"))
print("bell\a".endswith("\a"), len("\0\1\2"), "\r\n" == "\x0d\x0a")
print(repr('\''), repr("\""), repr('"\''), repr("\x7f\x80\xff"))
print(len("""
"""), repr("""a
b"""))
s = "line continuation \
here"
print(s)
x = 'He said "hi"' + " and 'bye'"
print(x, repr(x))
print(rb"\x00" if False else "bytes-skip", b"ab\x00c", b"\xff"[0])
print("a\
b")
print(ascii("\t\u1234\U0001F600"), repr("\t\u1234"))
print("%s|%r" % ("\\n", "\\n"))
print(u"unicode prefix", U"upper")
print("spaces  \t".rstrip() + "|", "ends with backslash \\")
