# base64: standard, URL-safe and alternative-alphabet Base64.
import base64
import binascii

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(0, 256, 7)),
           b'\xfb\xff\xfe', 'héllo wörld'.encode('utf-8')]
for s in samples:
    e = base64.b64encode(s)
    print(s[:10], e, base64.b64decode(e) == s, base64.urlsafe_b64encode(s), base64.standard_b64encode(s) == e)
    print('  ', base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s, base64.b64encode(s, altchars=b'*-'))

print(base64.b64decode('aGVsbG8='), base64.b64decode(bytearray(b'aGVsbG8=')))
print(base64.b64decode(b'aGV sbG8=\n'), base64.b64decode(b'!aGVsbG8='))
print(base64.b64decode(b'-_-_', altchars=b'-_'), base64.urlsafe_b64decode('-_-_'))
print(base64.b64decode(b'aGVsbG8=', validate=True))
for bad in [b'aGVsbG8', b'abcd']:
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print('binascii.Error', e)
for bad in [b'aGVsbG8', b'abcde']:
    try:
        print(base64.b64decode(bad))
    except binascii.Error as e:
        print('binascii.Error', e)
for bad in ['héllo', 5]:
    try:
        base64.b64decode(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    base64.b64encode('text')
except TypeError as e:
    print('TypeError', e)
