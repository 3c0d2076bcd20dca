# textwrap: wrap and fill with the TextWrapper options
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Python's textwrap module "
        "breaks long paragraphs into lines; well-known hyphenated-words split "
        "at their hyphens, and em-dashes--like this--separate words too.")
for width in (10, 20, 35, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 40))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap('Supercalifragilisticexpialidocious is long', 10))
print(textwrap.wrap('Supercalifragilisticexpialidocious is long', 10, break_long_words=False))
print(textwrap.wrap('  leading spaces   and   runs  ', 12))
print(textwrap.wrap('  leading spaces   and   runs  ', 12, drop_whitespace=False))
print(textwrap.wrap('tabs\there\tand\tthere', 12))
print(textwrap.wrap('tabs\there', 40, expand_tabs=False))
print(textwrap.wrap('tabs\there', 40, tabsize=4))
print(textwrap.wrap('line one\nline two', 40))
print(textwrap.wrap('line one\nline two', 40, replace_whitespace=False))
print(textwrap.wrap('Hello there. How are you? Fine!  Good.', 60, fix_sentence_endings=True))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.fill('', 5))
print(textwrap.wrap(text, 30, max_lines=2))
print(textwrap.wrap(text, 30, max_lines=3, placeholder=' ...'))
print(textwrap.wrap('one two three four', 9, max_lines=1))
try:
    textwrap.wrap('abc', 0)
except ValueError as e:
    print('ValueError', e)
try:
    textwrap.wrap('abc def ghi', 4, max_lines=1, placeholder=' [long...]')
except ValueError as e:
    print('ValueError', e)
w = textwrap.TextWrapper(width=15, initial_indent='> ')
print(w.wrap('a b c d e f g h i j k l m n o p'))
w.width = 8
print(w.fill('a b c d e f g h'))
print(textwrap.wrap('x-y a-b-c long-hyphenated-compound-word-here', 12))
print(textwrap.wrap('numbers 123-456-789 and --flags --verbose', 10))
