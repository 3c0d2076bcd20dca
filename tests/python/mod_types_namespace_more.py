# types.SimpleNamespace as a record type; comparisons and conversions
from types import SimpleNamespace as NS

# Attributes are created in name order: 3.9+ show them in insertion order.
people = [NS(age=31, name='ann'), NS(age=25, name='bob'), NS(age=31, name='cy')]
print(sorted(people, key=lambda p: (p.age, p.name)))
print([p.name for p in people if p.age > 30], max(people, key=lambda p: p.age).name)
cfg = NS(**{'debug': True, 'extra': [1], 'level': 3})
cfg.level += 1
print(cfg, sorted(vars(cfg)), getattr(cfg, 'missing', 'default'), hasattr(cfg, 'debug'))
setattr(cfg, 'zdynamic', 'yes')
delattr(cfg, 'debug')
print(cfg)
print(NS(a=1) == NS(a=1), NS(a=1) == NS(a=2), NS(a=1) != NS(b=1), NS() == NS())
print(NS(a=1).__eq__(5), NS(x=[1, 2]) == NS(x=[1, 2]))
nested = NS(outer=NS(inner=NS(value=42)))
print(nested.outer.inner.value, nested)
print(repr(NS(f=1.5, n=None, s='quote\'s', t=(1,))))


class Config(NS):
    def describe(self):
        return ', '.join('%s=%s' % kv for kv in sorted(vars(self).items()))


c = Config(a=1, b=2)
print(c.describe(), c, c == NS(a=1, b=2))
print(NS(**vars(c)), type(NS(**vars(c))).__name__)
