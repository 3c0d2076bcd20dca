import string
import keyword
from string import Template

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), repr(string.printable), len(string.printable))
print(string.capwords('hello   world  foo'), string.capwords('a-b-c', '-'), string.capwords(' x '))
print(string.capwords("they're bill's friends"))

t = Template('$who likes $what')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='cake'))
print(Template('${noun}ification $$5 $x').substitute(noun='demo', x=1))
print(Template('$a$b ${a}${b}').substitute(a=1, b=[2]))
print(t.safe_substitute(who='me'))
print(Template('$ trailing $').safe_substitute())
print(Template('${bad $ok').safe_substitute(ok='OK'))
print(t.template)
for tmpl, kw in [('$who is $missing', {'who': 'x'}), ('cost: $', {}),
                 ('a\nb ${', {}), ('$1', {})]:
    try:
        print(Template(tmpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    t.substitute({}, {})
except TypeError as e:
    # Later versions prefix the class name.
    print("TypeError:", str(e).replace("Template.substitute", "substitute"))

class Percent(Template):
    delimiter = '%'
print(Percent('%name costs %%%price').substitute(name='pen', price=3))

print(keyword.kwlist)
print(len(keyword.kwlist), keyword.iskeyword('if'), keyword.iskeyword('print'),
      keyword.iskeyword('async'), keyword.iskeyword('None'), keyword.iskeyword(''))
print([w for w in 'for x in range ( True ) : pass lambda nonlocal match'.split() if keyword.iskeyword(w)])
print('iskeyword' in keyword.__all__, 'kwlist' in keyword.__all__)
print(Template('$self and $mapping').substitute(self=1, mapping=2))
