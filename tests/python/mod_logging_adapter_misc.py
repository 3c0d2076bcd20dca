# logging: LoggerAdapter extra, stack levels, makeLogRecord, Formatter.formatMessage, FileHandler
import logging
import os


class Stream:
    def __init__(self):
        self.lines = []

    def write(self, s):
        self.lines.append(s)

    def flush(self):
        pass


out = Stream()
log = logging.getLogger('adapt')
log.propagate = False
log.setLevel(logging.DEBUG)
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter('%(levelname)s %(funcName)s:%(lineno)d [%(request)s] %(message)s'))
log.addHandler(h)
ad = logging.LoggerAdapter(log, {'request': 'r-1'})


def handler_function():
    ad.info('inside handler')
    ad.warning('count=%d', 3)


handler_function()
ad.error('top level')
ad.log(logging.DEBUG, 'via log()')
print(''.join(out.lines), end='')
out.lines = []
h.setFormatter(logging.Formatter('%(funcName)s %(message)s'))


def helper():
    log.info('from helper', stacklevel=2)


def caller():
    helper()


caller()
print(''.join(out.lines), end='')
out.lines = []
rec = logging.makeLogRecord({'msg': 'hello %s', 'args': ('there',), 'levelname': 'INFO', 'name': 'n'})
print(logging.Formatter('%(name)s|%(levelname)s|%(message)s').format(rec), rec.getMessage())
fmt = logging.Formatter('{levelname}:{message}', style='{')
print(fmt.format(logging.makeLogRecord({'msg': 'brace', 'levelname': 'WARNING'})))
print(logging.Formatter('%(message)s %(msecs)d' if False else '%(message)s').usesTime(),
      logging.Formatter('%(asctime)s %(message)s').usesTime())
path = 'mod_logging_adapter_misc.log'
fh = logging.FileHandler(path, mode='w')
fh.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
flog = logging.getLogger('tofile')
flog.propagate = False
flog.addHandler(fh)
flog.warning('written to file')
flog.error('second line')
fh.close()
flog.removeHandler(fh)
with open(path) as f:
    print(repr(f.read()))
os.remove(path)
delayed = logging.FileHandler(path, delay=True)
print(delayed.stream is None, os.path.exists(path))
delayed.close()
print(logging.getLevelName('WARN'), logging.getLevelName(logging.WARN), logging.getLevelName(45))
