# bytes and bytearray basics
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], type(b[0]).__name__)
print(list(b), bytes([104, 105]), bytes(3), bytes(range(65, 70)))
print(b + b" world", b * 2, b"ell" in b, 104 in b, b"z" in b)
print(b.upper(), b.replace(b"l", b"L"), b.split(b"l"), b.find(b"l"), b.count(b"l"))
print(b"a,b,c".split(b","), b"-".join([b"x", b"y"]), b"  pad  ".strip())
print(b.decode(), "héllo".encode(), "héllo".encode("utf-8"), b"h\xc3\xa9llo".decode("utf-8"))
print(b.hex(), bytes.fromhex("48656c6c6f"), b"\x00\xff\x10".hex())
print(b == b"hello", b < b"help", b"abc" < b"abd", b"" < b"a")
print(repr(b"\n\t\\\x00\x7f\x80'"), repr(b'"'), repr(b"'\""))
print(b.startswith(b"he"), b.endswith(b"lo"), b.isalpha(), b"123".isdigit(), b.index(b"o"))
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
ba.extend(b"xyz")
print(ba, len(ba), ba[1], bytes(ba))
ba[1:3] = b"ZZZZ"
print(ba)
del ba[0]
print(ba, ba.pop(), ba)
print(bytearray(3), bytearray([1, 2, 3]), bytearray(b"q") + b"r")
print(b"%d-%s" % (5, b"x"), b"abc".center(7, b"*"))
print(str(b"abc"), str(bytearray(b"x")))
print([x for x in b"AZ"], sum(b"\x01\x02\x03"), max(b"hello"))
print(b"Hello World".lower().title(), b"a b".split(), b"ab".zfill(4))
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.start, e.end, e.reason)
print(bytes("abc", "ascii"), len("✓".encode()), "✓".encode())
