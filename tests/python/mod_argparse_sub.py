# argparse: subcommands, parents, prefix_chars, conflict resolution, help/version actions
import argparse
import os
import sys

os.environ['COLUMNS'] = '80'


def show(ns):
    return sorted(vars(ns).items())


p = argparse.ArgumentParser(prog='git', add_help=False)
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='command')
clone = sub.add_parser('clone', help='clone a repository', add_help=False)
clone.add_argument('url')
clone.add_argument('--depth', type=int)
commit = sub.add_parser('commit', aliases=['ci'], help='record changes', add_help=False)
commit.add_argument('-m', '--message', required=True)
commit.add_argument('--amend', action='store_true')
log = sub.add_parser('log', add_help=False)
log.set_defaults(limit=10)
print(show(p.parse_args(['clone', 'http://x', '--depth', '1'])))
print(show(p.parse_args(['--debug', 'commit', '-m', 'msg', '--amend'])))
print(show(p.parse_args(['ci', '--message=hello'])))
print(show(p.parse_args(['log'])))
print(show(p.parse_args([])))
print(p.format_usage(), end='')
print(clone.format_usage(), end='')
print(clone.prog, commit.prog)
ns, rest = p.parse_known_args(['clone', 'u', '--bogus'])
print(show(ns), rest)

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--config', default='cfg.ini')
child = argparse.ArgumentParser(prog='child', parents=[parent], add_help=False)
child.add_argument('item')
print(show(child.parse_args(['thing', '--config', 'other.ini'])))

plus = argparse.ArgumentParser(prog='plus', prefix_chars='+-', add_help=False)
plus.add_argument('+x', action='store_true')
plus.add_argument('-y', type=int)
plus.add_argument('++long')
print(show(plus.parse_args(['+x', '-y', '2', '++long', 'L'])))

res = argparse.ArgumentParser(prog='res', conflict_handler='resolve', add_help=False)
res.add_argument('-f', '--foo', help='old foo')
res.add_argument('--foo', help='new foo')
print(show(res.parse_args(['-f', '1'])), show(res.parse_args(['--foo', '2'])))
print([a.option_strings for a in res._actions])


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


def run(parser, argv):
    out = Capture()
    old = sys.stdout
    sys.stdout = out
    try:
        parser.parse_args(argv)
        code = None
    except SystemExit as e:
        code = e.code
    finally:
        sys.stdout = old
    print('exit code', code)
    print(''.join(out.parts), end='')


v = argparse.ArgumentParser(prog='ver', add_help=False)
v.add_argument('--version', action='version', version='%(prog)s 2.5.1')
run(v, ['--version'])
h = argparse.ArgumentParser(prog='helper', add_help=False)
hg = h.add_argument_group('flags')
hg.add_argument('-h', '--help', action='help', help='show help')
hg.add_argument('--x', help='an x')
run(h, ['--x', '1', '-h'])


def intrange(s):
    v = int(s)
    if not 0 <= v <= 10:
        raise argparse.ArgumentTypeError('%r not in range 0..10' % s)
    return v


r = argparse.ArgumentParser(prog='range', add_help=False)
r.add_argument('v', type=intrange, nargs=3)
print(show(r.parse_args(['1', '5', '10'])))
fl = argparse.ArgumentParser(prog='flags', add_help=False)
fl.add_argument('-a', action='store_true')
fl.add_argument('-b', action='store_true')
fl.add_argument('-c', type=int)
print(show(fl.parse_args(['-ab', '-c5'])), show(fl.parse_args(['-abc', '7'])))
print(show(fl.parse_args(['-ba', '-c=3'])))
