# argparse: error messages (printed to a captured stderr) and exit codes
import argparse
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


def attempt(parser, argv):
    err, out = Capture(), Capture()
    old_err, old_out = sys.stderr, sys.stdout
    sys.stderr, sys.stdout = err, out
    try:
        result = parser.parse_args(argv)
    except SystemExit as e:
        result = 'exit %s' % e.code
    finally:
        sys.stderr, sys.stdout = old_err, old_out
    if isinstance(result, argparse.Namespace):
        # Namespace reprs are sorted in 3.8 but not in 3.9+.
        result = sorted(vars(result).items())
    print(argv, '->', result)
    if err.parts:
        print(''.join(err.parts), end='')
    if out.parts:
        print('[stdout]', ''.join(out.parts), end='')


p = argparse.ArgumentParser(prog='prog', add_help=False)
p.add_argument('name')
p.add_argument('count', type=int)
p.add_argument('--level', type=int, choices=[1, 2, 3])
p.add_argument('--color', choices=['red', 'green'])
p.add_argument('--req', required=True)
p.add_argument('--two', nargs=2)
p.add_argument('--verbose', '-v', action='store_true')
p.add_argument('--version', action='version', version='%(prog)s 1.0')
attempt(p, ['x', '3', '--req', 'r'])
attempt(p, [])
attempt(p, ['x', '--req', 'r'])
attempt(p, ['x', 'three', '--req', 'r'])
attempt(p, ['x', '1', '--req', 'r', '--level', '7'])
attempt(p, ['x', '1', '--req', 'r', '--level', 'high'])
attempt(p, ['x', '1', '--req', 'r', '--color', 'blue'])
attempt(p, ['x', '1', '--req', 'r', '--two', 'a'])
attempt(p, ['x', '1', '--req'])
attempt(p, ['x', '1', '--req', 'r', 'extra', '--unknown'])
attempt(p, ['x', '1', '--req', 'r', '--verbose=yes'])
attempt(p, ['x', '1', '--req', 'r', '--ver'])
attempt(p, ['--version'])

m = argparse.ArgumentParser(prog='mutex', add_help=False)
g = m.add_mutually_exclusive_group()
g.add_argument('--on', action='store_true')
g.add_argument('--off', action='store_true')
attempt(m, ['--on'])
attempt(m, ['--on', '--off'])
m2 = argparse.ArgumentParser(prog='mutex2', add_help=False)
g2 = m2.add_mutually_exclusive_group(required=True)
g2.add_argument('--a')
g2.add_argument('--b')
attempt(m2, [])
attempt(m2, ['--b', '1'])
try:
    p.add_argument('--req')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
try:
    p.add_argument('bad', required=True)
except TypeError as e:
    print('TypeError', e)
try:
    p.add_argument('--x', action='store', nargs=0)
except ValueError as e:
    print('ValueError', e)
try:
    p.add_argument('x', dest='y')
except ValueError as e:
    print('ValueError', e)
try:
    p.add_argument('--z', action='nonsense')
except ValueError as e:
    print('ValueError', e)
err = argparse.ArgumentError(None, 'plain')
print(str(err), issubclass(argparse.ArgumentTypeError, Exception))
