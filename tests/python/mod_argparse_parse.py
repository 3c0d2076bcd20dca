# argparse: parsing positionals, options, types, defaults, nargs, actions
import argparse


def show(ns):
    # Namespace reprs are sorted in 3.8 but not in 3.9+: print sorted items.
    return sorted(vars(ns).items())


p = argparse.ArgumentParser(prog='tool')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out.txt')
p.add_argument('-n', '--count', type=int, default=1)
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', '--quiet', action='store_true')
p.add_argument('--no-color', dest='color', action='store_false')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('--tag', action='append')
p.add_argument('--ratio', type=float)
p.add_argument('--const', action='store_const', const=42)
for argv in [['in.txt'],
             ['in.txt', 'x.txt', '-n', '5', '-vvv'],
             ['-q', 'a', '--count=7', '--mode', 'slow', '--no-color'],
             ['a', '--tag', 'x', '--tag', 'y', '--ratio', '2.5', '--const'],
             ['--verbose', 'a', '-v', '-n3'],
             ['--cou', '9', 'a'],
             ['--', '-notanoption'],
             ['a', '-vq']]:
    print(argv, show(p.parse_args(argv)))

ns = p.parse_args(['a'])
print(vars(ns) == {'src': 'a', 'dst': 'out.txt', 'count': 1, 'verbose': 0, 'quiet': False,
                   'color': True, 'mode': 'fast', 'tag': None, 'ratio': None, 'const': None})
print(ns.src, ns.count, 'src' in ns, ns == argparse.Namespace(**vars(ns)))

q = argparse.ArgumentParser(prog='nargs')
q.add_argument('first', nargs=2)
q.add_argument('rest', nargs='*')
q.add_argument('--pair', nargs=2, type=int)
q.add_argument('--many', nargs='+')
q.add_argument('--opt', nargs='?', const='C', default='D')
for argv in [['a', 'b'], ['a', 'b', 'c', 'd'], ['--pair', '1', '2', 'a', 'b', 'c'],
             ['a', 'b', '--many', 'x', 'y'], ['a', 'b', '--opt'],
             ['a', 'b', '--opt', 'val'], ['--opt', 'o', 'a', 'b', 'c']]:
    print(argv, show(q.parse_args(argv)))

r = argparse.ArgumentParser(prog='known')
r.add_argument('--keep')
ns, rest = r.parse_known_args(['--keep', '1', '--other', 'x', 'pos'])
print(show(ns), rest)
s = argparse.ArgumentParser(prog='defaults', argument_default=argparse.SUPPRESS)
s.add_argument('--a')
s.add_argument('--b', default='B')
print(show(s.parse_args([])), show(s.parse_args(['--a', '1'])))
t = argparse.ArgumentParser(prog='setdef')
t.add_argument('--x', type=int, default='10')
t.set_defaults(extra='yes', x=5)
print(show(t.parse_args([])), t.get_default('x'), t.get_default('extra'))
u = argparse.ArgumentParser(prog='neg')
u.add_argument('n', type=int)
u.add_argument('--offset', type=float, default=0)
print(show(u.parse_args(['-5'])), show(u.parse_args(['--offset', '-1.5', '3'])))
ext = argparse.ArgumentParser(prog='ext')
ext.add_argument('--item', action='extend', nargs='+')
ext.add_argument('--flag', action='append_const', const='F', dest='flags')
print(show(ext.parse_args(['--item', 'a', 'b', '--item', 'c', '--flag', '--flag'])))
ns = argparse.Namespace(preset=1)
print(p.parse_args(['z'], namespace=ns).preset, ns.src)
print(repr(argparse.Namespace(a=1, b=2)), argparse.Namespace() == argparse.Namespace())


def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError('%d is odd' % v)
    return v


w = argparse.ArgumentParser(prog='custom')
w.add_argument('num', type=even)
print(w.parse_args(['4']))
print(p._actions[2].dest, p._actions[2].nargs, p._actions[2].default)
