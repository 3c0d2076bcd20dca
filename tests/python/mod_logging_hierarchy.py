# logging: logger tree, placeholders, effective levels, filters on loggers
import logging


class Stream:
    def __init__(self):
        self.lines = []

    def write(self, s):
        self.lines.append(s)

    def flush(self):
        pass


out = Stream()
handler = logging.StreamHandler(out)
handler.setFormatter(logging.Formatter('%(name)s:%(levelname)s:%(message)s'))
top = logging.getLogger('h')
top.addHandler(handler)
top.setLevel(logging.INFO)
deep = logging.getLogger('h.a.b.c')
print(deep.parent is top)
mid = logging.getLogger('h.a')
print(deep.parent is mid, mid.parent is top, logging.getLogger('h.a.b').parent is mid)
print(deep.parent.name, [deep.getEffectiveLevel(), mid.getEffectiveLevel()])
mid.setLevel(logging.ERROR)
deep.warning('dropped by mid level')
deep.error('kept')
logging.getLogger('h.a.b').critical('crit from b')
deep.setLevel(logging.DEBUG)
deep.debug('deep debug')
print(''.join(out.lines), end='')
out.lines = []
print(sorted(n for n in logging.Logger.manager.loggerDict if n.startswith('h')))


class Tag(logging.Filter):
    def filter(self, record):
        record.msg = '[tagged] ' + record.msg
        return True


mid.addFilter(Tag())
mid.error('from mid')
deep.error('from deep (logger filters do not apply to children)')
handler.addFilter(logging.Filter('h.a'))
top.error('filtered out by handler filter')
mid.error('passes handler filter')
print(''.join(out.lines), end='')
out.lines = []
mid.disabled = True
mid.critical('disabled logger')
mid.disabled = False
deep.propagate = False
deep.critical('no handlers and no propagation: last resort? no, lastResort only if none found')
print(repr(''.join(out.lines)))
print(logging.getLogger('h').getChild('a') is mid, mid.getChild('b.c') is deep)
adapter = logging.LoggerAdapter(mid, {'user': 'u1'})
print(adapter.name, adapter.manager is logging.Logger.manager)
print(logging.getLoggerClass() is logging.Logger, logging.getLogger('') is logging.root)


class MyLogger(logging.Logger):
    def special(self, msg):
        self.error('SPECIAL ' + msg)


logging.setLoggerClass(MyLogger)
sp = logging.getLogger('h.special')
logging.setLoggerClass(logging.Logger)
sp.special('hello')
print(type(sp).__name__, ''.join(out.lines), end='')
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print('TypeError', e)
