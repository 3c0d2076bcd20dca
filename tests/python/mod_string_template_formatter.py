# string: Template, Formatter, capwords and constants
import string

t = string.Template('$who likes ${what}; cost: $$5')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.safe_substitute(who='bob'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
try:
    string.Template('bad $').substitute()
except ValueError as e:
    print('ValueError', e)
print(string.Template('$a$b ${c}d').safe_substitute(a=1, c=3))
print(t.template)


class Percent(string.Template):
    delimiter = '%'


print(Percent('%x and %{y}').substitute(x=1, y=2))


class Ident(string.Template):
    idpattern = r'[a-z]+'


print(Ident('$abc1 $xyz').safe_substitute(abc='A', xyz='X'))
f = string.Formatter()
print(f.format('{0} {name} {1:>5} {x[0]} {y.real}', 'a', 'b', name='n', x=[9], y=3))
print(list(f.parse('a{0}b{1:x}c{name!r}d')))
print(f.vformat('{a}-{b}', (), {'a': 1, 'b': 2}))


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return str(value).upper() + spec

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<%s>' % key
        return super().get_value(key, args, kwargs)


print(Upper().format('{0}|{missing}|{x:!}', 'abc', x='y'))
print(string.capwords('hello   world  foo'), string.capwords('a-b c-d', '-'))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.punctuation)
print(string.ascii_lowercase, string.ascii_uppercase)
