# io.StringIO newline handling: None, '', '\n', '\r', '\r\n'.
import io

text = 'a\nb\r\nc\rd'
for nl in (None, '', '\n', '\r', '\r\n'):
    s = io.StringIO(text, newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines())
    s = io.StringIO(newline=nl)
    s.write('x\ny\n')
    s.seek(0)
    print('  ', repr(s.getvalue()), [line for line in s])

u = io.StringIO(newline=None)
u.write('one\r\ntwo\rthree\n')
print(repr(u.getvalue()), u.newlines)
print(io.StringIO('p\nq').newlines, io.StringIO(newline=None).newlines)
