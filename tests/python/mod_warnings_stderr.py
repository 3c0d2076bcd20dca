# warnings: the default report on stderr, showwarning/formatwarning hooks
import os
import sys
import warnings


class Sink:
    def __init__(self):
        self.text = []

    def write(self, s):
        self.text.append(s)

    def flush(self):
        pass

    def report(self):
        # Python 3.9+ reports the script by its absolute path, 3.8 by the
        # path it was run with: keep the base name only.
        here = os.path.dirname(os.path.abspath(__file__)) + os.sep
        print(''.join(self.text).replace(here, ''), end='')
        self.text = []


err = Sink()
real_stderr = sys.stderr
sys.stderr = err


def helper():
    warnings.warn('deep', stacklevel=2)


warnings.warn('first warning')
warnings.warn('first warning')
for i in range(2):
    warnings.warn('in loop', RuntimeWarning)
helper()
warnings.warn('deprecated in main', DeprecationWarning)
print(warnings.formatwarning('msg', UserWarning, 'file.py', 10))
print(repr(warnings.formatwarning('msg', SyntaxWarning, 'f.py', 3, line='  x = 1  ')))
warnings.showwarning('shown explicitly', UserWarning, 'elsewhere.py', 42, line='')

sink = Sink()
warnings.showwarning('to sink', UserWarning, 'a.py', 1, file=sink, line='code()')
print(repr(''.join(sink.text)))
seen = []
old = warnings.showwarning


def custom(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__, lineno))


warnings.showwarning = custom
warnings.warn('custom hook')
warnings.showwarning = old
print(seen)
old_fmt = warnings.formatwarning
warnings.formatwarning = lambda m, c, f, l, line=None: 'FMT %s %s\n' % (c.__name__, m)
warnings.warn('formatted')
warnings.formatwarning = old_fmt
warnings.warn_explicit('explicit', UserWarning, 'somewhere.py', 7)
warnings.warn_explicit('explicit module', UserWarning, 'mod.py', 8, module='mod')
sys.stderr = real_stderr
err.report()
print('done')
