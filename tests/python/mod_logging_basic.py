# logging: basicConfig to a stream, levels, logger hierarchy, formats
import logging
import sys


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
logging.basicConfig(stream=out, level=logging.INFO,
                    format='%(levelname)s|%(name)s|%(funcName)s|%(message)s')
log = logging.getLogger('app')
log.debug('hidden debug')
log.info('info %s %d', 'arg', 42)
log.warning('warning')
log.error('error %(key)s', {'key': 'mapped'})
log.critical('critical')
logging.info('from root')


def work():
    log.info('inside work')


work()
out.dump('basic')

db = logging.getLogger('app.db')
print(db.parent is log, log.parent is logging.getLogger(), db.name)
print(db.getEffectiveLevel(), logging.getLevelName(db.getEffectiveLevel()))
db.setLevel(logging.ERROR)
db.warning('dropped')
db.error('db error')
log.setLevel('DEBUG')
log.debug('debug now visible')
print(log.isEnabledFor(logging.DEBUG), db.isEnabledFor(logging.WARNING))
out.dump('levels')

mid = logging.getLogger('x.y.z')
top = logging.getLogger('x')
print(mid.parent is top, top.parent is logging.root)
xy = logging.getLogger('x.y')
print(mid.parent is xy, xy.parent is top)
print(logging.getLogger('app') is log, log.getChild('db') is db)

h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter('[%(name)s] %(message)s'))
db.addHandler(h)
db.error('handled twice')
db.propagate = False
db.error('handled once')
out.dump('propagate')

print(logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(25))
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
log.log(25, 'custom level %s', 'notice')
out.dump('custom level')
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL,
      logging.NOTSET, logging.WARN, logging.FATAL)
print(repr(log), repr(db), repr(logging.getLogger()))
print(repr(h), repr(logging.NullHandler()))
try:
    log.setLevel('LOUD')
except ValueError as e:
    print('ValueError', e)
logging.disable(logging.ERROR)
log.error('disabled')
log.critical('still shown')
logging.disable(logging.NOTSET)
log.error('enabled again')
out.dump('disable')
