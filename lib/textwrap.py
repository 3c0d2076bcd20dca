"""Text wrapping and filling: wrap, fill, shorten, dedent, indent and the
TextWrapper class behind them."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only ASCII whitespace separates words; other Unicode spaces (such as a
# no-break space) are part of words.
_whitespace = '\t\n\x0b\x0c\r '


def _is_space(c):
    return c in _whitespace


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return _is_word_char(c) and not c.isdigit()


def _is_word_punct(c):
    return _is_word_char(c) or c in '!"\'&.,?'


def _split_hyphenated(text):
    """Split text into chunks: runs of whitespace, words, em-dashes ('--'
    between words) and the parts of hyphenated words, each part keeping its
    trailing hyphen ('long-term' -> 'long-', 'term')."""
    chunks = []
    n = len(text)
    i = 0

    def char(k):
        return text[k] if 0 <= k < n else ''

    def dash_run_then_word(k):
        # Whether text[k:] is two or more '-' followed by a word character.
        m = k
        while m < n and text[m] == '-':
            m += 1
        return m - k >= 2 and m < n and _is_word_char(text[m])

    def hyphen_breaks_after(j):
        # text[j] is '-': break after it when two letters (or letter, '-',
        # letter) precede it and a letter, an optional '-' and a letter
        # follow.
        before = (_is_letter(char(j - 1)) and _is_letter(char(j - 2))) or (
            _is_letter(char(j - 1)) and char(j - 2) == '-' and _is_letter(char(j - 3)))
        if not before or not _is_letter(char(j + 1)):
            return False
        return _is_letter(char(j + 2)) or (char(j + 2) == '-' and _is_letter(char(j + 3)))

    while i < n:
        if _is_space(text[i]):
            j = i
            while j < n and _is_space(text[j]):
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if i > 0 and _is_word_punct(text[i - 1]) and dash_run_then_word(i):
            j = i
            while text[j] == '-':
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        j = i + 1
        while True:
            if j >= n or _is_space(text[j]):
                break
            if text[j] == '-' and hyphen_breaks_after(j):
                j += 1
                break
            if _is_word_punct(text[j - 1]) and dash_run_then_word(j):
                break
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_on_space(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        space = _is_space(text[i])
        j = i + 1
        while j < n and _is_space(text[j]) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # A lowercase letter, then '.', '!' or '?', then an optional quote.
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Wraps paragraphs into lines of at most ``width`` characters.

    Options (attributes): width, initial_indent, subsequent_indent,
    expand_tabs, tabsize, replace_whitespace, drop_whitespace,
    fix_sentence_endings, break_long_words, break_on_hyphens, max_lines,
    placeholder.
    """

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = ''.join(' ' if c in _whitespace else c for c in text)
        return text

    def _split(self, text):
        if self.break_on_hyphens:
            return _split_hyphenated(text)
        return _split_on_space(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put as much of an over-long word on the current line as fits
        (or all of it on an empty line when words may not be broken)."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            cur_line.append(chunk[:space_left])
            reversed_chunks[-1] = chunk[space_left:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = (self.subsequent_indent if self.max_lines > 1
                      else self.initial_indent)
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks = list(reversed(chunks))
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace that would start a line (other than the first)
            # is dropped.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            rest_is_blank = not chunks or (
                self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or rest_is_blank and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            # The last allowed line: end it with the placeholder.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of the wrapped text, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped text as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a paragraph into a list of lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap a paragraph and join the lines with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace, then truncate to width, ending with the
    placeholder when words had to be dropped."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the whitespace prefix common to all non-blank lines.

    Lines of only spaces and tabs become empty; tabs and spaces are not
    considered equivalent."""
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            lines[i] = ''
            continue
        lead = line[:len(line) - len(stripped)]
        if margin is None or lead.startswith(margin):
            if margin is None:
                margin = lead
            continue
        if margin.startswith(lead):
            margin = lead
            continue
        k = 0
        while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
            k += 1
        margin = margin[:k]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines for which predicate(line) is true (by
    default, the lines that are not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
