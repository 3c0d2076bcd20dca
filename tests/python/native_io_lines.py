# Line-oriented processing over io.StringIO: a tiny CSV-ish report.
import io

source = io.StringIO("""name,qty,price
apple,3,0.5
banana,12,0.25

cherry,100,0.1
""")
header = source.readline().rstrip('\n').split(',')
rows = []
for line in source:
    line = line.strip()
    if not line:
        continue
    rows.append(dict(zip(header, line.split(','))))
print(header, len(rows))
out = io.StringIO()
total = 0.0
for r in rows:
    cost = int(r['qty']) * float(r['price'])
    total += cost
    out.write('%-8s %5s %7.2f\n' % (r['name'], r['qty'], cost))
out.write('%-8s %5s %7.2f\n' % ('total', '', total))
print(out.getvalue(), end='')
print(out.tell(), len(out.getvalue()))
out.seek(0)
print(out.readline(), end='')
print(len(out.readlines()))
log = io.StringIO()
for level, msg in [('INFO', 'start'), ('WARN', 'low disk'), ('INFO', 'done')]:
    log.write('[%s] %s\n' % (level, msg))
print([l for l in log.getvalue().splitlines() if l.startswith('[INFO]')])
