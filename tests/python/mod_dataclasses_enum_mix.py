import dataclasses, typing, enum
from dataclasses import dataclass, field, InitVar
from typing import ClassVar, Protocol, TypeVar, Generic, Optional, List
@dataclass
class A:
    x: int
    c: ClassVar[int] = 5
    iv: InitVar[int] = 0
    def __post_init__(self, iv): self.y = iv
print(A(1), [f.name for f in dataclasses.fields(A)], A(1, 4).y, A.__annotations__)
@dataclass
class S:
    self: int
print(S(3))
class Color(enum.Enum):
    R = 1
    def __str__(self): return 'custom-' + self.name
print(f"{Color.R}", format(Color.R, '>10'), str(Color.R))
T = TypeVar('T')
@typing.runtime_checkable
class SupportsLen(Protocol[T]):
    def __len__(self): ...
print(isinstance([], SupportsLen), isinstance(3, SupportsLen), SupportsLen[int])
print(sorted(typing.get_type_hints(S)))
class Base(Generic[T]):
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Sub(Base[int], tag='x'): pass
print(Sub.tag, Sub.__orig_bases__)
print(enum.Enum.__members__ if False else len(enum.Enum.__members__))
e = {Color.R: 1}
import copy
print(copy.deepcopy(Color.R) is Color.R, copy.copy(A(2)))
@dataclass(frozen=True)
class Fz:
    a: int
    b: List[int] = field(default_factory=list)
f = Fz(1)
print(f, dataclasses.replace(f, a=2))
class Shape(enum.IntEnum):
    SQ = 4
print(Shape.SQ == 4, {4: 'x'}[Shape.SQ], Shape(4) is Shape.SQ, Shape.SQ.value + 1)
print(list(enum.Flag.__members__))
class W(enum.Enum):
    A = 1
    B = 2
    def __lt__(self, o): return self.value < o.value
print(sorted([W.B, W.A]))
print(Optional['int'].__args__)
from dataclasses import dataclass, field, InitVar
from typing import List, Optional
@dataclass
class P:
    x: int
    y: 'str' = 'a'
    z: List[int] = field(default_factory=list)
    w: int = 5
    q: InitVar[int] = 3
    n: int = field(default=0, init=False)
print(P.__doc__)
@dataclass
class D:
    """My doc."""
    a: int
print(D.__doc__)
