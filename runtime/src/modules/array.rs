//! `array`: compact arrays of numbers (`array.array`).
//!
//! The class itself is Python ([`ARRAY_SRC`], run when the module is
//! created): it keeps its items in a list, each checked and normalised on
//! the way in by the native `_check` (C range rules and CPython 3.8's
//! messages; `'f'` items are rounded to single precision). `_pack` and
//! `_unpack` convert between item lists and the machine representation
//! (native sizes, little-endian), for `tobytes`, `frombytes` and files.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{PyResult, Vm};

use super::add_fn;
use super::math::{fixed_args, to_f64};
use super::support::{buffer_arg, define};

const ARRAY_SRC: &str = r#"
typecodes = 'bBuhHiIlLqQfd'


def _is_array(x):
    return isinstance(x, array)


class array:
    """array(typecode[, initializer]) -> array of numbers or characters,
    stored compactly: b B h H i I l L q Q (ints), f d (floats), u (characters)."""

    __hash__ = None

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(typecode).__name__)
        if typecode not in typecodes:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._code = typecode
        self._items = []
        if initializer is None:
            return
        if _is_array(initializer):
            if (initializer._code == 'u') != (typecode == 'u'):
                raise TypeError('cannot use a unicode array to initialize an array with typecode %r'
                                % typecode)
            self._items = [_check(typecode, x) for x in initializer._items]
        elif isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        else:
            self.extend(initializer)

    @property
    def typecode(self):
        return self._code

    @property
    def itemsize(self):
        return _itemsize(self._code)

    def _new(self, items):
        a = array(self._code)
        a._items = items
        return a

    def __repr__(self):
        if not self._items:
            return 'array(%r)' % self._code
        if self._code == 'u':
            return 'array(%r, %r)' % (self._code, ''.join(self._items))
        return 'array(%r, %r)' % (self._code, self._items)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        i = 0
        items = self._items
        while i < len(items):
            yield items[i]
            i += 1

    def __contains__(self, x):
        return x in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not _is_array(v):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(v).__name__)
            if v._code != self._code:
                raise TypeError('bad argument type for built-in operation')
            if i.step is not None and i.step != 1:
                n = len(range(*i.indices(len(self._items))))
                if len(v._items) != n:
                    raise ValueError('attempt to assign array of size %d to extended slice of size %d'
                                     % (len(v._items), n))
            self._items[i] = list(v._items)
            return
        v = _check(self._code, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        if not _is_array(other):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._code != self._code:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not _is_array(other):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        return self._new(self._items * n.__index__())

    __rmul__ = __mul__

    def __imul__(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        self._items *= n.__index__()
        return self

    def _cmp_items(self, other):
        if not _is_array(other):
            return None
        return other._items

    def __eq__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items == o

    def __ne__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items != o

    def __lt__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items < o

    def __le__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items <= o

    def __gt__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items > o

    def __ge__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items >= o

    def __bytes__(self):
        return self.tobytes()

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __reduce__(self):
        return (array, (self._code, list(self._items)))

    def append(self, v):
        self._items.append(_check(self._code, v))

    def extend(self, iterable):
        if _is_array(iterable):
            if iterable._code != self._code:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        code = self._code
        for v in iterable:
            self._items.append(_check(code, v))

    def insert(self, i, v):
        self._items.insert(i, _check(self._code, v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v):
        try:
            return self._items.index(v)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        code = self._code
        self._items.extend([_check(code, v) for v in items])

    def tobytes(self):
        return _pack(self._code, self._items)

    def frombytes(self, data):
        self._items.extend(_unpack(self._code, data))

    def tostring(self):
        return self.tobytes()

    def fromstring(self, data):
        self.frombytes(data)

    def tounicode(self):
        if self._code != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._code != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        if not isinstance(s, str):
            raise TypeError('fromunicode() argument must be str, not %s' % type(s).__name__)
        self._items.extend(s)

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        if not isinstance(n, int):
            raise TypeError('an integer is required')
        if n < 0:
            raise ValueError('negative count')
        size = self.itemsize
        data = f.read(n * size)
        if not isinstance(data, bytes):
            raise TypeError('read() didn\'t return bytes')
        whole = len(data) // size * size
        self.frombytes(data[:whole])
        if len(data) != n * size:
            raise EOFError('read() didn\'t return enough bytes')

    def byteswap(self):
        size = self.itemsize
        raw = self.tobytes()
        swapped = b''.join(raw[i:i + size][::-1] for i in range(0, len(raw), size))
        self._items = _unpack(self._code, swapped)

    def buffer_info(self):
        return (id(self), len(self._items))


ArrayType = array
array.__module__ = 'array'
"#;

/// Item size in bytes of a typecode (x86-64 / aarch64 Linux).
fn itemsize(code: char) -> Option<usize> {
    Some(match code {
        'b' | 'B' => 1,
        'h' | 'H' => 2,
        'i' | 'I' | 'f' | 'u' => 4,
        'l' | 'L' | 'q' | 'Q' | 'd' => 8,
        _ => return None,
    })
}

fn code_arg(vm: &mut Vm, v: &Value) -> PyResult<char> {
    v.as_str()
        .and_then(|s| s.chars().next())
        .filter(|c| itemsize(*c).is_some())
        .ok_or_else(|| {
            vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        })
}

fn a_itemsize(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "_itemsize", 1, 1)?;
    let c = code_arg(vm, &p[0])?;
    Ok(new_int(itemsize(c).unwrap_or(1) as i64))
}

/// The int of an item for an integer typecode (int or `__index__`).
fn int_item(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = int_as_bigint(v) {
        return Ok(b);
    }
    if float_of(v).is_some() {
        return Err(vm.type_error("integer argument expected, got float"));
    }
    if vm.lookup_special(v, "__index__").is_some() {
        return vm.index_value(v);
    }
    Err(vm.type_error(format!(
        "an integer is required (got type {})",
        v.ty().name()
    )))
}

/// Checks `n` against the C range of `code`, with CPython 3.8's messages.
fn check_range(vm: &mut Vm, code: char, n: &BigInt) -> PyResult<()> {
    // Each stage is a C conversion CPython applies in turn: an item for
    // 'b' is first parsed as a short, one for 'H' as an int.
    let staged = |stages: &[(i64, i64, &str)]| -> Result<(), String> {
        let Some(x) = n.to_i64() else {
            return Err("Python int too large to convert to C long".into());
        };
        for &(lo, hi, what) in stages {
            if x < lo {
                return Err(format!("{what} is less than minimum"));
            }
            if x > hi {
                return Err(format!("{what} is greater than maximum"));
            }
        }
        Ok(())
    };
    const SHORT: (i64, i64, &str) = (-32768, 32767, "signed short integer");
    const INT: (i64, i64, &str) = (i32::MIN as i64, i32::MAX as i64, "signed integer");
    let r = match code {
        'b' => staged(&[SHORT, (-128, 127, "signed char")]),
        'B' => staged(&[(0, 255, "unsigned byte integer")]),
        'h' => staged(&[SHORT]),
        'H' => staged(&[INT, (0, 65535, "unsigned short")]),
        'i' => staged(&[INT]),
        'l' => staged(&[]),
        'I' | 'L' => {
            if n.is_negative() {
                Err("can't convert negative value to unsigned int".into())
            } else if n.to_u64().is_none() {
                Err("Python int too large to convert to C unsigned long".into())
            } else if code == 'I' && n.to_u64().is_some_and(|x| x > u32::MAX as u64) {
                Err("unsigned int is greater than maximum".into())
            } else {
                Ok(())
            }
        }
        'q' => {
            if n.to_i64().is_none() {
                Err("int too big to convert".into())
            } else {
                Ok(())
            }
        }
        _ => {
            if n.is_negative() {
                Err("can't convert negative int to unsigned".into())
            } else if n.to_u64().is_none() {
                Err("int too big to convert".into())
            } else {
                Ok(())
            }
        }
    };
    r.map_err(|m| vm.overflow_error(m))
}

/// `_check(code, value)`: the value as the array stores it, or the error
/// CPython raises for it.
fn a_check(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "_check", 2, 2)?;
    let code = code_arg(vm, &p[0])?;
    let v = &p[1];
    match code {
        'u' => match v.as_str() {
            Some(s) if s.chars().count() == 1 => Ok(v.clone()),
            _ => Err(vm.type_error("array item must be unicode character")),
        },
        'f' | 'd' => {
            let numeric = float_of(v).is_some()
                || is_int(v)
                || vm.lookup_special(v, "__float__").is_some()
                || vm.lookup_special(v, "__index__").is_some();
            if !numeric {
                return Err(vm.type_error(format!("must be real number, not {}", v.ty().name())));
            }
            let x = to_f64(vm, v)?;
            Ok(new_float(if code == 'f' { x as f32 as f64 } else { x }))
        }
        _ => {
            let n = int_item(vm, v)?;
            check_range(vm, code, &n)?;
            Ok(new_bigint(n))
        }
    }
}

/// `_pack(code, items)`: the machine representation of checked items.
fn a_pack(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "_pack", 2, 2)?;
    let code = code_arg(vm, &p[0])?;
    let size = itemsize(code).unwrap_or(1);
    let items = vm.collect_iterable(&p[1])?;
    let mut out = Vec::with_capacity(items.len() * size);
    for v in &items {
        match code {
            'u' => {
                let c = v.as_str().and_then(|s| s.chars().next()).unwrap_or('\0');
                out.extend_from_slice(&(c as u32).to_le_bytes());
            }
            'f' => out.extend_from_slice(&(float_of(v).unwrap_or(0.0) as f32).to_le_bytes()),
            'd' => out.extend_from_slice(&float_of(v).unwrap_or(0.0).to_le_bytes()),
            _ => {
                let n = int_as_bigint(v).unwrap_or_default();
                let x = n.to_i128().unwrap_or(0);
                out.extend_from_slice(&x.to_le_bytes()[..size]);
            }
        }
    }
    Ok(new_bytes(out))
}

/// `_unpack(code, data)`: the items of a machine representation.
fn a_unpack(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "_unpack", 2, 2)?;
    let code = code_arg(vm, &p[0])?;
    let size = itemsize(code).unwrap_or(1);
    let data = buffer_arg(vm, &p[1])?;
    if data.len() % size != 0 {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    let signed = matches!(code, 'b' | 'h' | 'i' | 'l' | 'q');
    let mut items = Vec::with_capacity(data.len() / size);
    for chunk in data.chunks(size) {
        let v = match code {
            'u' => {
                let n = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
                match char::from_u32(n) {
                    Some(c) => new_string(c.to_string()),
                    None => {
                        return Err(vm.value_error(format!(
                            "character U+{n:x} is not in range [U+0000; U+10ffff]"
                        )))
                    }
                }
            }
            'f' => new_float(f32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]) as f64),
            'd' => {
                let mut b = [0u8; 8];
                b.copy_from_slice(chunk);
                new_float(f64::from_le_bytes(b))
            }
            _ => {
                let negative = signed && chunk[size - 1] & 0x80 != 0;
                let mut b = if negative { [0xffu8; 16] } else { [0u8; 16] };
                b[..size].copy_from_slice(chunk);
                new_bigint(BigInt::from(i128::from_le_bytes(b)))
            }
        };
        items.push(v);
    }
    Ok(new_list(items))
}

pub fn init(vm: &mut Vm, d: &Value) -> PyResult<()> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("_check", a_check),
        ("_pack", a_pack),
        ("_unpack", a_unpack),
        ("_itemsize", a_itemsize),
    ];
    for &(name, f) in fns {
        add_fn(vm, d, name, f);
    }
    define(vm, d, ARRAY_SRC, "<array>", "array")?;
    Ok(())
}
