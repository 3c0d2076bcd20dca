# ASCII-only case conversion and character-class predicates of bytes/bytearray
samples = [b"", b"hello", b"HELLO", b"Hello World", b"hello world", b"123", b"abc123",
           b" \t\n", b"Hello\xe9", b"\xc3\xa9t\xc3\xa9", b"Title Case Here", b"a1B2", b"_", b"Ab Cd 1e"]
for s in samples:
    print(repr(s), s.isalnum(), s.isalpha(), s.isascii(), s.isdigit(), s.islower(),
          s.isspace(), s.istitle(), s.isupper())
for s in samples:
    print(repr(s), s.lower(), s.upper(), s.swapcase(), s.title(), s.capitalize())
ba = bytearray(b"mIxEd cAsE\xff")
print(ba.lower(), ba.upper(), ba.swapcase(), ba.title(), ba.capitalize())
print(ba.isalpha(), ba.islower(), ba.isascii(), bytearray().isascii(), bytearray(b"X Y").istitle())
print(type(ba.lower()).__name__, type(b"x".upper()).__name__, ba)
print(b"they're bill's friends".title(), b"hello-world foo_bar".title(), b"3rd place".capitalize())
print(b"\x0b\x0c\r".isspace(), b"\x1c".isspace(), b"\xa0".isspace(), b"0x1F".isalnum())
