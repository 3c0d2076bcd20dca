# argparse: usage and help layout (options placed in named groups, since
# the title of the default group changed after 3.8)
import argparse
import os

os.environ['COLUMNS'] = '80'

p = argparse.ArgumentParser(prog='copy', add_help=False,
                            description='Copy files from one place to another, '
                            'optionally transforming them on the way. ' * 2,
                            epilog='Report bugs to nobody.')
p.add_argument('source', help='file to read')
p.add_argument('dest', nargs='?', help='where to write (default: stdout)')
p.add_argument('extra', nargs='+', metavar='EXTRA', help='more inputs')
opts = p.add_argument_group('options')
opts.add_argument('-n', '--lines', type=int, default=10, metavar='N',
                  help='number of lines to copy (default: %(default)s)')
opts.add_argument('-v', '--verbose', action='store_true', help='talk more')
opts.add_argument('--mode', choices=['text', 'binary'], default='text',
                  help='copy mode, one of %(choices)s')
opts.add_argument('--a-very-long-option-name', help='this help starts on the next line '
                  'because the option is longer than the help position allows')
opts.add_argument('--pair', nargs=2, metavar=('KEY', 'VALUE'), help='a key and a value')
opts.add_argument('--secret', help=argparse.SUPPRESS)
opts.add_argument('--nohelp')
print(p.format_usage(), end='')
print('----')
print(p.format_help(), end='')
print('----')
p.print_usage()
print('----')

grp = argparse.ArgumentParser(prog='g', add_help=False, usage='%(prog)s [options] files')
g1 = grp.add_argument_group('input', 'Options controlling input.')
g1.add_argument('--in', dest='inp', help='input file')
g2 = grp.add_argument_group('output')
g2.add_argument('--out', help='output file')
grp.add_argument('files', help='files to process')
print(grp.format_help(), end='')
print('----')

m = argparse.ArgumentParser(prog='mx', add_help=False)
x = m.add_argument_group('modes')
me = x.add_mutually_exclusive_group()
me.add_argument('--fast', action='store_true', help='go fast')
me.add_argument('--slow', action='store_true', help='go slow')
req = m.add_mutually_exclusive_group(required=True)
req.add_argument('--one', action='store_const', const=1)
req.add_argument('--two', action='store_const', const=2)
m.add_argument('target')
print(m.format_usage(), end='')
print('----')

raw = argparse.ArgumentParser(prog='raw', add_help=False,
                              formatter_class=argparse.RawDescriptionHelpFormatter,
                              description='Line one\n    indented line two\n\nParagraph.')
raw.add_argument('x', help='an   argument   with   spaces')
print(raw.format_help(), end='')
print('----')
rt = argparse.ArgumentParser(prog='rawtext', add_help=False,
                             formatter_class=argparse.RawTextHelpFormatter)
rt.add_argument('y', help='first line\n  second line kept')
print(rt.format_help(), end='')
print('----')
d = argparse.ArgumentParser(prog='defs', add_help=False,
                            formatter_class=argparse.ArgumentDefaultsHelpFormatter)
dg = d.add_argument_group('settings')
dg.add_argument('--size', type=int, default=3, help='the size')
dg.add_argument('--name', default='anon', help='the name')
dg.add_argument('--flag', action='store_true', help='a flag')
d.add_argument('pos', help='positional without default')
print(d.format_help(), end='')
print('----')
long_parser = argparse.ArgumentParser(prog='a_program_with_quite_a_long_name_indeed_yes', add_help=False)
for i in range(8):
    long_parser.add_argument('--option-number-%d' % i, metavar='VALUE%d' % i)
long_parser.add_argument('positional_one')
long_parser.add_argument('positional_two')
print(long_parser.format_usage(), end='')
print('----')
w = argparse.ArgumentParser(prog='wrap', add_help=False)
for i in range(6):
    w.add_argument('--opt%d' % i, metavar='SOMETHING%d' % i)
w.add_argument('input_file')
w.add_argument('output_file')
print(w.format_usage(), end='')
empty = argparse.ArgumentParser(prog='empty', add_help=False)
print(repr(empty.format_usage()), repr(empty.format_help()))
