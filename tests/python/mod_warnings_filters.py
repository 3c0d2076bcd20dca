# warnings: filter order, append, module/lineno filters, registries, resetwarnings
import warnings


def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat, stacklevel=2)


def names(log):
    out = [(w.category.__name__, str(w.message)) for w in log]
    del log[:]
    return out


with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.simplefilter('always')
    warnings.simplefilter('ignore', RuntimeWarning, append=True)
    emit('r', RuntimeWarning)
    print(names(log), [f[0] for f in warnings.filters])
    warnings.simplefilter('ignore', RuntimeWarning)
    emit('r', RuntimeWarning)
    emit('u')
    print(names(log), [f[0] for f in warnings.filters])
    warnings.simplefilter('ignore', RuntimeWarning)
    print(len(warnings.filters))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message=r'skip\d')
    emit('skip1')
    emit('skip me')
    emit('SKIP2')
    warnings.filterwarnings('error', message='boom', category=UserWarning)
    try:
        emit('boom now')
    except UserWarning as e:
        print('raised', e)
    print(names(log))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', module='other')
    warnings.warn_explicit('in other', UserWarning, 'other.py', 1, module='other.sub')
    warnings.warn_explicit('in mine', UserWarning, 'mine.py', 1, module='mine')
    warnings.filterwarnings('ignore', lineno=7)
    warnings.warn_explicit('line 7', UserWarning, 'x.py', 7)
    warnings.warn_explicit('line 8', UserWarning, 'x.py', 8)
    print(names(log))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('module')
    reg = {}
    for lineno in (1, 2, 1):
        warnings.warn_explicit('mod', UserWarning, 'm.py', lineno, registry=reg)
    print(len(log), sorted(k for k in reg if k != 'version'))
    del log[:]
    warnings.simplefilter('default')
    reg = {}
    for lineno in (1, 2, 1):
        warnings.warn_explicit('dflt', UserWarning, 'm.py', lineno, registry=reg)
    print(len(log))

print(issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Warning),
      [c.__name__ for c in (SyntaxWarning, ResourceWarning, BytesWarning, ImportWarning, UnicodeWarning)])
w = warnings.WarningMessage('m', UserWarning, 'f.py', 3)
print(str(w))
try:
    warnings.simplefilter('bogus')
except AssertionError as e:
    print('AssertionError', e)
try:
    warnings.filterwarnings('ignore', category=int)
except AssertionError as e:
    print('AssertionError', e)
cw = warnings.catch_warnings()
cw.__enter__()
try:
    cw.__enter__()
except RuntimeError as e:
    print('RuntimeError', e)
cw.__exit__(None, None, None)
