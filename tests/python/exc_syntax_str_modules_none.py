# str() of SyntaxError with location details; sys.modules[name] = None blocks imports.
import math
import sys

print(str(SyntaxError('msg', ('f.py', 1, 2, 'x'))))
print(str(SyntaxError('msg', ('/a/b/g.py', 7, 2, 'x'))))
print(str(SyntaxError('msg', (None, 3, 2, 'x'))))
print(str(SyntaxError('msg', ('h.py', None, None, None))))
print(str(SyntaxError('plain')))
try:
    compile("x = = 1", "prog.py", "exec")
except SyntaxError as e:
    print(e)
    print(e.filename, e.lineno, e.msg)

saved = sys.modules.get('math')
sys.modules['math'] = None
try:
    import math
except ImportError as e:
    print(type(e).__name__, e, e.name)
sys.modules['math'] = saved
import math
print(math.sqrt(4.0))
