# contextvars without asyncio: get/set/reset, tokens, Context mapping API, run().
import contextvars

var = contextvars.ContextVar('var', default='dflt')
other = contextvars.ContextVar('other')
print(var.name, other.name)
print(var.get())
print(other.get('fallback'))
try:
    other.get()
except LookupError:
    print('LookupError for unset var without default')

tok = var.set('one')
print(var.get(), tok.var is var, tok.old_value is contextvars.Token.MISSING)
tok2 = var.set('two')
print(var.get(), tok2.old_value)
var.reset(tok2)
print(var.get())
var.reset(tok)
print(var.get())
try:
    var.reset(tok)
except RuntimeError:
    print('RuntimeError: token already used')
tok3 = other.set(1)
try:
    var.reset(tok3)
except ValueError:
    print('ValueError: token of another var')
other.reset(tok3)
print(repr(contextvars.Token.MISSING))

# Context mapping API.
var.set('v')
other.set('o')
ctx = contextvars.copy_context()
print(len(ctx), var in ctx, ctx[var], ctx.get(other), ctx.get(contextvars.ContextVar('x'), 'nope'))
print(sorted(v.name for v in ctx), sorted(ctx.values()), sorted((k.name, v) for k, v in ctx.items()))
print(sorted(k.name for k in ctx.keys()))
try:
    ctx['not a var']
except TypeError:
    print('TypeError for non-ContextVar key')
try:
    ctx[contextvars.ContextVar('unset')]
except KeyError:
    print('KeyError for missing var')


# run() executes in the context; changes stay in it.
def changer(value):
    var.set(value)
    return var.get()

print('run returns', ctx.run(changer, 'changed'))
print('outside', var.get(), 'inside ctx', ctx[var])
print('run again sees', ctx.run(var.get))

# The copy is independent of later changes.
ctx2 = ctx.copy()
ctx.run(var.set, 'later')
print(ctx[var], ctx2[var])
print('equal copies', ctx.copy() == ctx, ctx == ctx2)

# Nested run of the same context is refused.
def reenter():
    try:
        ctx.run(lambda: None)
    except RuntimeError:
        print('RuntimeError: context already entered')
ctx.run(reenter)

# A fresh Context is empty.
empty = contextvars.Context()
print(len(empty), empty.run(var.get), empty.run(other.get, 'x'))


def kw(a, b=0, *, c=0):
    return a + b + c
print('kwargs through run', empty.run(kw, 1, b=2, c=3))

# Token created in another context cannot be reset here.
def make_token():
    return var.set('in other ctx')
t = contextvars.Context().run(make_token)
try:
    var.reset(t)
except ValueError:
    print('ValueError: token from a different Context')

try:
    contextvars.ContextVar(1)
except TypeError:
    print('TypeError: name must be a str')
