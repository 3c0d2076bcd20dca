# textwrap: dedent, indent, shorten
import textwrap

s = '''\
    def f():
        return 1

    x = 2
'''
print(repr(textwrap.dedent(s)))
print(textwrap.dedent(s))
print(repr(textwrap.dedent('  a\n    b\n  c')))
print(repr(textwrap.dedent('\ta\n\tb')), repr(textwrap.dedent('\ta\n  b')))
print(repr(textwrap.dedent('  a\n  \n   \n  b\n')))
print(repr(textwrap.dedent('no indent\n  some')), repr(textwrap.dedent('')))
print(repr(textwrap.dedent('   \n\n')), repr(textwrap.dedent('  x  \n  y  ')))
print(repr(textwrap.indent('a\nb\n\nc\n', '> ')))
print(repr(textwrap.indent('a\n  \nb', '+ ')))
print(repr(textwrap.indent('a\n\nb\n', '# ', lambda line: True)))
print(repr(textwrap.indent('one\r\ntwo\rthree', '-')))
print(textwrap.indent(textwrap.dedent(s), '    ', lambda l: not l.startswith('x')))
print(textwrap.shorten('Hello  world!', width=12))
print(textwrap.shorten('Hello  world!', width=11))
print(textwrap.shorten('Hello world!', width=10, placeholder='...'))
print(textwrap.shorten('The quick brown fox jumps over the lazy dog', 25))
print(textwrap.shorten('  lots   of\n\twhitespace  here ', 100))
print(repr(textwrap.shorten('', 10)))
print(textwrap.shorten('Supercalifragilistic', 10))
