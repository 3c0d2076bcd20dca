# warnings: catch_warnings(record=True), categories, filters, stacklevel
import os
import warnings


def old_api():
    warnings.warn('old_api is deprecated', DeprecationWarning, stacklevel=2)


def show(log):
    for w in log:
        print(w.category.__name__, str(w.message), os.path.basename(w.filename), w.lineno, w.line)
    del log[:]


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('plain message')
    warnings.warn('user', UserWarning)
    warnings.warn('runtime', RuntimeWarning)
    old_api()
    warnings.warn(FutureWarning('instance'))
    show(log)
    print(type(log[0]) if log else 'empty')

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('ignore')
    warnings.warn('hidden')
    warnings.simplefilter('always', UserWarning)
    warnings.warn('shown')
    warnings.warn('hidden too', RuntimeWarning)
    show(log)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn('repeated')
    for i in range(3):
        warnings.warn('repeated %d' % i)
    show(log)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    for i in range(2):
        warnings.warn('once only')
        warnings.warn('once only')
    show(log)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='spam')
    warnings.warn('spam and eggs')
    warnings.warn('SPAM upper')
    warnings.warn('eggs and spam')
    warnings.filterwarnings('error', category=RuntimeWarning)
    try:
        warnings.warn('boom', RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', repr(e))
    show(log)

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('as error')
    except UserWarning as e:
        print('UserWarning raised:', e)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', module='__main__')
    warnings.warn('from main')
    print(len(log))

try:
    warnings.warn('x', int)
except TypeError as e:
    print('TypeError', e)


class MyWarning(UserWarning):
    pass


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('ignore')
    warnings.simplefilter('always', MyWarning)
    warnings.warn('mine', MyWarning)
    warnings.warn('base')
    show(log)
print(issubclass(MyWarning, Warning), warnings.catch_warnings(record=True))
