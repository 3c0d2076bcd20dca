# logging: Formatter styles, LogRecord, filters, LoggerAdapter, handlers
import logging


class Stream:
    def __init__(self):
        self.lines = []

    def write(self, s):
        self.lines.append(s)

    def flush(self):
        pass

    def dump(self, title):
        print('--', title)
        print(''.join(self.lines), end='')
        self.lines = []


out = Stream()
log = logging.getLogger('fmt')
log.setLevel(logging.DEBUG)
log.propagate = False
h = logging.StreamHandler(out)
log.addHandler(h)
for fmt, style in [('%(levelname)-8s %(message)s', '%'),
                   ('{levelname:>8} {name} {message}', '{'),
                   ('$levelname $name: $message', '$'),
                   ('%(module)s %(filename)s %(lineno)d %(levelno)s', '%'),
                   (None, '%')]:
    h.setFormatter(logging.Formatter(fmt, style=style))
    log.info('styled %s', style)
out.dump('styles')

h.setFormatter(logging.Formatter('%(levelname)s:%(message)s:%(user)s'))
log.warning('with extra', extra={'user': 'alice'})
try:
    log.warning('bad extra', extra={'message': 'x'})
except KeyError as e:
    print('KeyError', e)
out.dump('extra')


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


h.setFormatter(logging.Formatter('%(message)s'))
f = OnlyOdd()
log.addFilter(f)
for i in range(5):
    log.info('n=%d', i)
log.removeFilter(f)
h.addFilter(lambda r: 'skip' not in r.getMessage())
log.info('keep me')
log.info('skip me')
out.dump('filters')

nf = logging.Filter('a.b')
for name in ['a', 'a.b', 'a.b.c', 'a.bc', 'x']:
    rec = logging.makeLogRecord({'name': name})
    print(name, nf.filter(rec))
print(logging.Filter().filter(logging.makeLogRecord({'name': 'q'})))

rec = logging.LogRecord('n', logging.INFO, '/path/to/mod.py', 12, 'value %s and %s', ('a', 'b'), None)
print(rec.getMessage(), rec.name, rec.levelname, rec.levelno, rec.pathname, rec.filename,
      rec.module, rec.lineno, rec.args, rec.exc_info)
print(repr(rec))
print(logging.Formatter('%(name)s/%(levelname)s/%(message)s').format(rec))
print(logging.makeLogRecord({'msg': 'plain', 'levelno': 5}).getMessage())


class Adapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['conn'], msg), kwargs


ad = Adapter(log, {'conn': 'c42'})
ad.info('connected')
ad.debug('details %d', 7)
print(ad.isEnabledFor(logging.DEBUG), ad.getEffectiveLevel(), repr(ad))
plain = logging.LoggerAdapter(log, {'ip': '1.2.3.4'})
h.setFormatter(logging.Formatter('%(ip)s %(message)s'))
plain.warning('from adapter')
out.dump('adapter')

nh = logging.NullHandler()
quiet = logging.getLogger('quiet')
quiet.addHandler(nh)
quiet.propagate = False
quiet.error('goes nowhere')
print(quiet.hasHandlers(), logging.getLogger('nohandlers.child').hasHandlers())
quiet.removeHandler(nh)
print(quiet.hasHandlers(), quiet.handlers)
h.setFormatter(logging.Formatter('%(message)s'))
h2 = logging.StreamHandler(out)
h2.setLevel(logging.ERROR)
log.addHandler(h2)
log.warning('one copy')
log.error('two copies')
out.dump('handler levels')
try:
    logging.Formatter('%(message)s', style='?')
except ValueError as e:
    print('ValueError', e)
print(logging.BASIC_FORMAT)
