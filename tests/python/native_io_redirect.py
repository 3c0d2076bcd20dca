# Redirecting sys.stdout to an io.StringIO captures print().
import io
import sys

buf = io.StringIO()
saved = sys.stdout
sys.stdout = buf
print('captured', 42)
print('a', 'b', sep='-', end='!\n')
sys.stdout.write('direct\n')
sys.stdout = saved
print('restored')
print(repr(buf.getvalue()))

log = io.StringIO()
for i in range(3):
    print('item', i, file=log)
print(log.getvalue().splitlines())


def report(out):
    print('report line 1', file=out)
    print('report line 2', file=out)


out = io.StringIO()
report(out)
print(out.getvalue(), end='')
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.open is open)
