# open() with encodings and error handlers.
import os

p = '/tmp/cinder_suite_native_file_encodings.tmp'
with open(p, 'w', encoding='latin-1') as f:
    print(f.encoding, f.errors, f.write('café naïve'))
with open(p, 'rb') as f:
    print(f.read())
with open(p, encoding='latin-1') as f:
    print(f.read())
try:
    with open(p, encoding='ascii') as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
try:
    with open(p, encoding='utf-8') as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason, e.start)
with open(p, encoding='ascii', errors='replace') as f:
    print(repr(f.read()))
with open(p, encoding='ascii', errors='ignore') as f:
    print(repr(f.read()))
try:
    with open(p, 'w', encoding='ascii') as f:
        f.write('ok ')
        f.write('é')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
with open(p, 'w', encoding='ascii', errors='replace') as f:
    f.write('naïve €')
with open(p, 'rb') as f:
    print(f.read())
with open(p, 'w', encoding='utf-8') as f:
    f.write('żółw ✓\n')
with open(p, 'rb') as f:
    print(f.read())
with open(p, encoding='UTF8') as f:
    line = f.readline()
    print(repr(line), len(line), f.encoding)
with open(p, 'w', encoding='utf-16-le') as f:
    f.write('hi')
with open(p, 'rb') as f:
    print(f.read())
with open(p, encoding='utf-16-le') as f:
    print(f.read())
try:
    open(p, encoding='no-such-codec')
except LookupError as e:
    print('LookupError', e)
os.remove(p)
