"""Regex text: compile many regular expressions and run them over text.

Two halves, after the classic regex_compile and regex_effbot benchmarks:

* compile: the pattern cache is purged and a few dozen patterns of every
  kind (classes, alternations, repeats, groups, named groups,
  backreferences, lookarounds, anchors, flags, verbose syntax) are
  compiled again;
* match: those patterns are used over a generated text with search,
  match, fullmatch, findall, finditer, sub (template and function
  replacements), subn and split.

Usage: regex_text.py N  -- compile and run everything N times.
"""

import re
import sys

FIRST = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"]
LAST = ["smith", "jones", "brown", "taylor", "wilson", "evans", "walker"]
HOSTS = ["example.org", "mail.test", "corp.example.com", "uni.edu"]
WORDS = ["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "and",
         "then", "runs", "back", "home", "again", "under", "bright", "stars",
         "caf\u00e9", "na\u00efve"]


def make_text(lines):
    state = 12345
    out = []
    for i in range(lines):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = state >> 7
        first = FIRST[a % len(FIRST)]
        last = LAST[(a >> 3) % len(LAST)]
        host = HOSTS[(a >> 6) % len(HOSTS)]
        words = " ".join(WORDS[(a >> k) % len(WORDS)] for k in range(0, 24, 3))
        kind = i % 5
        if kind == 0:
            out.append("%04d-%02d-%02d %s.%s@%s wrote: %s"
                       % (1990 + a % 30, 1 + a % 12, 1 + a % 28, first, last, host, words))
        elif kind == 1:
            out.append("Call %s %s at +1 (%03d) %03d-%04d, ref #%d"
                       % (first.title(), last.title(), a % 1000, (a >> 4) % 1000, a % 10000, a % 99991))
        elif kind == 2:
            out.append("GET https://www.%s/%s/%s?id=%d&sort=%s HTTP/1.1 %d"
                       % (host, first, last, a % 5000, WORDS[a % 5], 200 + (a % 5) * 100))
        elif kind == 3:
            out.append("    %s = %s(%d, %s_%s) # %s %s"
                       % (first, last, a % 77, words.split()[0], first, words, words))
        else:
            out.append("<p class=\"%s\">%s <b>%s</b> %d.%02d%%</p>"
                       % (last, words.title(), first.upper(), a % 100, a % 97))
    return "\n".join(out)


PATTERNS = [
    (r"\d{4}-\d\d-\d\d", 0),
    (r"(?P<user>[\w.]+)@(?P<host>[\w-]+(?:\.[\w-]+)+)", 0),
    (r"\+1 \((\d{3})\) (\d{3})-(\d{4})", 0),
    (r"https?://(?:www\.)?([a-z.]+)/(\w+)/(\w+)\?([^ ]*)", 0),
    (r"\b(\w+) \1\b", 0),
    (r"<(\w+)[^>]*>(.*?)</\1>", 0),
    (r"^\s+(\w+) = (\w+)\((\d+), (\w+)\)", re.MULTILINE),
    (r"\bthe\b", re.IGNORECASE),
    (r"[aeiou]{2,}", 0),
    (r"\b[A-Z][a-z]+\b", 0),
    (r"\d+\.\d+%", 0),
    (r"(?<=#)\d+", 0),
    (r"\w+(?=@)", 0),
    (r"(?:quick|lazy|bright) (?:fox|dog|stars)", 0),
    (r"HTTP/1\.[01] (\d{3})$", re.MULTILINE),
    (r"ref #(\d+)", 0),
    (r"""
        (?P<year>19\d\d|20\d\d) -   # year
        (?P<month>0[1-9]|1[0-2]) -  # month
        (?P<day>\d\d)               # day
     """, re.VERBOSE),
    (r"[^\x00-\x7f]", 0),
    (r"(\w)(\w)?(\w)?\b", 0),
    (r"^(?:GET|POST) ", re.MULTILINE),
    (r"(\w+)=(\w+)", 0),
    (r"[.!?]\s*$", re.MULTILINE),
    (r"\s{2,}", 0),
    (r"(?i)SMITH|JONES", 0),
    (r"(a|b|c|d|e)+n", 0),
    (r"x*y*z*", 0),
    (r"[ \t]*#.*$", re.MULTILINE),
    (r"\b(?!the\b)\w{5}\b", 0),
]


def fold(h, value):
    return (h * 1000003 + value) % 1000000007


def text_sum(h, s):
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


def compile_all():
    re.purge()
    return [re.compile(p, f) for p, f in PATTERNS]


def shout(m):
    return m.group(0).upper()


def use_all(compiled, text, lines):
    h = 0
    date, email, phone, url, double, tag, assign, the, vowels, capital, \
        percent, ref_after_hash, user, phrase, status, ref, verbose, \
        non_ascii, prefix, method, pairs, eol_punct, spaces, names, \
        alternation, empty, comment, five = compiled

    for rx in compiled:
        h = fold(h, len(rx.findall(text)))
    for m in email.finditer(text):
        h = fold(h, len(m.group("user")) * 7 + len(m.group("host")))
    for m in url.finditer(text):
        h = fold(h, m.start() + len(m.group(4)))
    for m in verbose.finditer(text):
        h = fold(h, int(m.group("year")) + int(m.group("month")) * 3 + int(m.group("day")))
    for line in lines:
        m = date.match(line)
        if m:
            h = fold(h, m.end())
        m = phone.search(line)
        if m:
            h = fold(h, int(m.group(1)) + int(m.group(3)))
        m = assign.search(line)
        if m:
            h = fold(h, int(m.group(3)) + len(m.group(1)))
        if status.search(line):
            h = fold(h, 3)
        if method.match(line):
            h = fold(h, 5)
        if tag.fullmatch(line):
            h = fold(h, 11)
        h = fold(h, len(five.findall(line)))
    h = text_sum(h, the.sub("THE", text[:5000]))
    h = text_sum(h, phone.sub(r"(\1) \2.\3", text[:5000]))
    h = text_sum(h, tag.sub(r"[\1:\2]", text[:5000]))
    h = text_sum(h, names.sub(shout, text[:5000]))
    new, count = spaces.subn(" ", text)
    h = fold(h, len(new) + count)
    new, count = double.subn(r"\1", text)
    h = fold(h, len(new) + count)
    h = fold(h, len(re.split(r"[\s,;]+", text)))
    h = fold(h, len(comment.split(text)))
    h = fold(h, len(ref_after_hash.findall(text)) + len(percent.findall(text)))
    return h


def main():
    n = int(sys.argv[1])
    text = make_text(400)
    lines = text.split("\n")
    result = None
    for _ in range(n):
        compiled = compile_all()
        result = use_all(compiled, text, lines)
    print("%d patterns, %d characters, checksum %d" % (len(PATTERNS), len(text), result))


if __name__ == "__main__":
    main()
