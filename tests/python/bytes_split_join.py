# bytes split/rsplit/splitlines/strip/partition/join/replace
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = b"  one two\tthree\nfour  "
print(s.split(), s.split(None, 1), s.split(maxsplit=2), s.rsplit(), s.rsplit(None, 1), s.rsplit(maxsplit=2))
print(b"a,b,,c,".split(b","), b"a,b,,c,".split(b",", 2), b"a,b,,c,".rsplit(b",", 2), b"a,b".split(sep=b","))
print(b"".split(), b"".split(b","), b"   ".split(), b"abc".split(b"abc"), b"xxaxx".split(b"xx"))
print(b"a--b--c".rsplit(b"--"), b"a--b--c".rsplit(b"--", 0), b"a b c".split(maxsplit=0), b"  a b ".rsplit(None, 0))
t("split empty", lambda: b"abc".split(b""))
t("split str", lambda: b"abc".split(","))
t("split kw", lambda: b"abc".split(bad=1))
print(b"l1\nl2\r\nl3\rl4".splitlines(), b"l1\nl2\r\n".splitlines(True), b"x\n\n".splitlines(keepends=True))
print(b"".splitlines(), b"\n".splitlines(), b"no newline".splitlines(), b"a\x0bb\x0cc".splitlines())
print(b"  xx  ".strip(), b"  xx  ".lstrip(), b"  xx  ".rstrip(), b"xyxhixyx".strip(b"xy"), b"abc".strip(b""))
print(b"\t\n x \r\x0b\x0c".strip(), b"aaa".lstrip(b"a"), b"hello".rstrip(b"lo"), b"x".strip(None))
t("strip str", lambda: b"abc".strip("a"))
print(b"key=value=x".partition(b"="), b"key=value=x".rpartition(b"="), b"novalue".partition(b"="), b"novalue".rpartition(b"="))
t("partition empty", lambda: b"abc".partition(b""))
t("rpartition str", lambda: b"abc".rpartition("b"))
print(b", ".join([b"a", b"b", b"c"]), b"".join([]), b"-".join([b"x"]), b"-".join([bytearray(b"y"), b"z"]))
print(b"-".join(iter([b"1", b"2"])), b"".join(x for x in [b"ab", b"cd"]), bytearray(b"+").join([b"p", b"q"]))
t("join str item", lambda: b"".join([b"a", "b"]))
t("join int item", lambda: b",".join([1]))
print(b"aaa".replace(b"a", b"bb"), b"aaa".replace(b"a", b"", 2), b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2))
print(b"abcabc".replace(b"bc", b"X", 1), b"abc".replace(b"x", b"y"), b"".replace(b"", b"z"), b"ab".replace(b"ab", b""))
t("replace str", lambda: b"abc".replace("a", b"b"))
ba = bytearray(b"a b c")
print(ba.split(), ba.partition(b" "), ba.replace(b" ", b""), ba.strip(b"ac"), ba.splitlines())
