# argparse: REMAINDER, '--', intermixed options, metavar tuples, dest, defaults from set_defaults
import argparse


def show(ns):
    return sorted(vars(ns).items())


p = argparse.ArgumentParser(prog='run', add_help=False)
p.add_argument('--env', action='append', default=[], metavar='K=V')
p.add_argument('cmd')
p.add_argument('args', nargs=argparse.REMAINDER)
print(show(p.parse_args(['--env', 'A=1', 'ls', '-l', '--env', 'x'])))
print(show(p.parse_args(['python', '--', '-c'])))
print(p.format_usage(), end='')

q = argparse.ArgumentParser(prog='sep', add_help=False)
q.add_argument('items', nargs='+')
q.add_argument('-x', action='store_true')
print(show(q.parse_args(['a', 'b', '-x'])), show(q.parse_args(['--', '-x', 'b'])))
print(show(q.parse_args(['-x', '--', '-y'])))

r = argparse.ArgumentParser(prog='pt', add_help=False)
r.add_argument('--point', nargs=2, type=float, metavar=('X', 'Y'))
r.add_argument('--size', nargs=3, type=int, dest='dims', default=[1, 1, 1])
r.add_argument('--maybe', nargs='?', type=int, const=0)
print(show(r.parse_args(['--point', '1.5', '-2'])), show(r.parse_args(['--size', '2', '3', '4', '--maybe'])))
print(r.format_usage(), end='')

s = argparse.ArgumentParser(prog='def', add_help=False)
s.set_defaults(func='default_func', verbose=False)
s.add_argument('--verbose', action='store_true')
s.add_argument('--level', default='3', type=int)
s.add_argument('--name', default=None)
print(show(s.parse_args([])), show(s.parse_args(['--verbose', '--level', '5'])))
print(s.get_default('func'), s.get_default('level'), s.get_default('missing'))

t = argparse.ArgumentParser(prog='abbr', add_help=False, allow_abbrev=False)
t.add_argument('--verbose', action='store_true')
t.add_argument('-a', action='store_true')
t.add_argument('-b', action='store_true')
print(show(t.parse_args(['--verbose', '-ab'])))
ns, extra = t.parse_known_args(['--verb'])
print(show(ns), extra)

u = argparse.ArgumentParser(prog='many', add_help=False)
u.add_argument('a')
u.add_argument('b', nargs='?')
u.add_argument('c', nargs='+')
print(show(u.parse_args(['1', '2'])), show(u.parse_args(['1', '2', '3', '4'])))
v = argparse.ArgumentParser(prog='count', add_help=False)
v.add_argument('-v', action='count')
v.add_argument('--quiet', '-q', action='count', default=0)
print(show(v.parse_args([])), show(v.parse_args(['-vvv', '-qq', '-v'])))
w = argparse.ArgumentParser(prog='types', add_help=False)
w.add_argument('--hex', type=lambda s: int(s, 16))
w.add_argument('--chars', type=list)
w.add_argument('--upper', type=str.upper)
print(show(w.parse_args(['--hex', 'ff', '--chars', 'abc', '--upper', 'shout'])))
