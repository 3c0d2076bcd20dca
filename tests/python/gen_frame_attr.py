def g(a):
    b = a + 1
    yield b
    yield 2
it = g(1)
f = it.gi_frame
print(f.f_code.co_name, f.f_lineno, f.f_locals)
next(it)
f = it.gi_frame
print(f.f_lineno, sorted(f.f_locals.items()), f.f_globals is globals())
list(it)
print(it.gi_frame)
async def c():
    return 1
co = c()
print(co.cr_frame.f_code.co_name, co.cr_frame.f_lineno)
co.close()
print(co.cr_frame)
