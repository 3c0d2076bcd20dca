# textwrap: reusing a TextWrapper and changing its attributes
import textwrap

poem = ('Whose woods these are I think I know. His house is in the village though; '
        'He will not see me stopping here To watch his woods fill up with snow.')
w = textwrap.TextWrapper(width=30)
print(w.wrap(poem))
w.width = 45
w.initial_indent = '    '
print(w.fill(poem))
w.subsequent_indent = '  | '
w.fix_sentence_endings = True
print(w.fill(poem))
w.max_lines = 3
w.placeholder = ' ~'
print(w.fill(poem))
w2 = textwrap.TextWrapper(width=12, break_on_hyphens=False, break_long_words=False)
print(w2.wrap('a self-explanatory thing and extraordinarily-long-hyphenated-word'))
w3 = textwrap.TextWrapper(width=12)
print(w3.wrap('a self-explanatory thing and extraordinarily-long-hyphenated-word'))
print(w3.wrap('---dashes--- and -- em--dashes'))
print(textwrap.TextWrapper(width=10, expand_tabs=True, tabsize=4).wrap('a\tb\tc\td\te'))
print(textwrap.TextWrapper(width=10, replace_whitespace=False).wrap('a\tb c'))
print(textwrap.TextWrapper(width=20, drop_whitespace=False).wrap('   spaced   out   words   '))
print(textwrap.fill('x' * 25, width=10), textwrap.fill('hello', width=1))
paras = ['First paragraph is here.', 'Second one, a bit longer than the first.']
print('\n\n'.join(textwrap.fill(p, 20, initial_indent='* ', subsequent_indent='  ') for p in paras))
print(textwrap.indent(textwrap.fill(poem, 40), '> '))
print(textwrap.dedent('''
      Indented block
        more indented
      back
''').strip('\n'))
print(textwrap.wrap('Ünïcödé wörds ärë fïnë tóó', 10))
