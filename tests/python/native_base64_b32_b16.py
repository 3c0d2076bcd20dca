# base64: Base32 and Base16 encodings.
import base64
import binascii

for s in [b'', b'a', b'ab', b'abc', b'abcd', b'abcde', b'abcdef', b'\x00\xff' * 7]:
    e32 = base64.b32encode(s)
    e16 = base64.b16encode(s)
    print(s, e32, base64.b32decode(e32) == s, e16, base64.b16decode(e16) == s)

print(base64.b32decode(b'mfrggzdfmy======', casefold=True))
print(base64.b32decode(b'ME======'), base64.b32decode('MFRA===='))
print(base64.b32decode(b'0E======', map01=b'L'), base64.b32decode(b'M1======', map01=b'I'))
print(base64.b16decode(b'0aff', casefold=True), base64.b16decode('00FF10'))
for bad, fn in [(b'MFRA', base64.b32decode), (b'MFRA===!', base64.b32decode), (b'M=======', base64.b32decode),
                (b'mfra====', base64.b32decode), (b'0g', base64.b16decode), (b'0a', base64.b16decode),
                (b'abc', base64.b16decode)]:
    try:
        print(fn(bad))
    except binascii.Error as e:
        print(bad, 'binascii.Error', e)
