# base64: encodebytes/decodebytes (76-character lines), encode/decode on files, b85/a85.
import base64
import io

data = bytes(range(256))
enc = base64.encodebytes(data)
print(enc.count(b'\n'), max(len(line) for line in enc.splitlines()))
print(enc.splitlines()[0])
print(base64.decodebytes(enc) == data)
print(base64.encodebytes(b''), base64.encodebytes(b'x'))
try:
    base64.encodebytes('str')
except TypeError as e:
    print('TypeError', e)

src = io.BytesIO(b'payload ' * 30)
dst = io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue()[:40], dst.getvalue().count(b'\n'))
dst.seek(0)
back = io.BytesIO()
base64.decode(dst, back)
print(back.getvalue() == b'payload ' * 30)

for s in [b'', b'a', b'hello', b'\x00\x00\x00\x00', b'    ', bytes(range(10))]:
    e85 = base64.b85encode(s)
    a85 = base64.a85encode(s)
    print(s, e85, base64.b85decode(e85) == s, a85, base64.a85decode(a85) == s)
print(base64.b85encode(b'abc', pad=True), base64.a85encode(b'hello world', adobe=True))
print(base64.a85encode(b'    ', foldspaces=True), base64.a85decode(b'y', foldspaces=True))
print(base64.a85decode(b'<~BOu!rD]j7BEbo7~>', adobe=True))
