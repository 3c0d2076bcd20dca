e = ImportError('x'); e.name = 'q'; print(e.name, e.path)
print(ImportError('m', name='x', path='p').name)
try:
    import nosuch_zz
except ImportError as e:
    print(e.name)
try:
    ImportError('m', bad=1)
except TypeError as e:
    print(e)
mv = memoryview(b'bc')
print(b'a' + mv, b''.join([mv, b'd']), bytearray(b'a') + mv, str(mv, 'ascii'), bytes(mv))
try:
    OSError(2, "x", "f").filename
    print(OSError(2, "x", "f").filename)
except Exception as e:
    print(e)
