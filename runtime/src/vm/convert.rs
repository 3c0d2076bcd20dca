//! Constructors for builtin objects and conversions between Rust and Python
//! values that need no interpreter state.

use std::cell::{Cell, UnsafeCell};

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use crate::object::*;

pub fn new_str(s: &str) -> Value {
    alloc(&STR_TYPE, StrData::new(s.into()))
}

pub fn new_string(s: String) -> Value {
    alloc(&STR_TYPE, StrData::new(s.into_boxed_str()))
}

pub fn new_bytes(b: Vec<u8>) -> Value {
    alloc(
        &BYTES_TYPE,
        BytesData {
            b: b.into_boxed_slice(),
            hash: Cell::new(-1),
        },
    )
}

#[inline]
pub fn new_int(i: i64) -> Value {
    if Value::fits_small(i) {
        Value::small_int(i)
    } else {
        alloc(&INT_TYPE, BigIntData(BigInt::from(i)))
    }
}

/// An int from a bignum, inline when it fits (the invariant of `Value`).
pub fn new_bigint(b: BigInt) -> Value {
    if let Some(i) = b.to_i64() {
        if Value::fits_small(i) {
            return Value::small_int(i);
        }
    }
    alloc(&INT_TYPE, BigIntData(b))
}

pub fn new_float(f: f64) -> Value {
    alloc(&FLOAT_TYPE, FloatData(f))
}

pub fn new_complex(re: f64, im: f64) -> Value {
    alloc(&COMPLEX_TYPE, ComplexData { re, im })
}

pub fn new_tuple(items: Vec<Value>) -> Value {
    alloc(
        &TUPLE_TYPE,
        TupleData {
            items: items.into_boxed_slice(),
            hash: Cell::new(-1),
        },
    )
}

pub fn new_list(items: Vec<Value>) -> Value {
    alloc(
        &LIST_TYPE,
        ListData {
            items: UnsafeCell::new(items),
        },
    )
}

pub fn new_dict() -> Value {
    alloc(
        &DICT_TYPE,
        DictData {
            table: UnsafeCell::new(DictTable::new()),
        },
    )
}

pub fn new_dict_with_capacity(n: usize) -> Value {
    alloc(
        &DICT_TYPE,
        DictData {
            table: UnsafeCell::new(DictTable::with_capacity(n)),
        },
    )
}

pub fn new_set_of_type(ty: &TypeObject) -> Value {
    alloc(
        ty,
        SetData {
            table: UnsafeCell::new(SetTable::new()),
        },
    )
}

pub fn new_set() -> Value {
    new_set_of_type(&SET_TYPE)
}

pub fn new_cell(v: Value) -> Value {
    alloc(
        &CELL_TYPE,
        CellData {
            value: Slot::new(v),
        },
    )
}

pub fn new_iter(ty: &TypeObject, kind: IterKind) -> Value {
    alloc(
        ty,
        IterData {
            kind: UnsafeCell::new(kind),
        },
    )
}

pub fn new_method(func: Value, self_: Value) -> Value {
    alloc(&METHOD_TYPE, MethodData { func, self_ })
}

/// A builtin function object (not bound).
pub fn new_builtin(name: &'static str, func: NativeFn) -> Value {
    alloc(
        &BUILTIN_FUNCTION_TYPE,
        BuiltinFunctionData {
            name,
            func,
            self_: Value::NULL,
            owner: Value::NULL,
            doc: None,
            kind: BuiltinKind::Function,
        },
    )
}

/// The `i64` of an int value (inline, big within range, or bool).
#[inline]
pub fn int_as_i64(v: &Value) -> Option<i64> {
    if let Some(i) = v.as_small_int() {
        return Some(i);
    }
    if let Some(b) = v.downcast::<BigIntData>() {
        return b.0.to_i64();
    }
    v.downcast::<BoolData>().map(|b| b.0 as i64)
}

/// The bignum of an int value (inline, big or bool); None for non-ints.
pub fn int_as_bigint(v: &Value) -> Option<BigInt> {
    if let Some(i) = v.as_small_int() {
        return Some(BigInt::from(i));
    }
    if let Some(b) = v.downcast::<BigIntData>() {
        return Some(b.0.clone());
    }
    v.downcast::<BoolData>().map(|b| BigInt::from(b.0 as i64))
}

/// True for `int` instances (including bool and int subclasses).
#[inline]
pub fn is_int(v: &Value) -> bool {
    v.is_small_int() || matches!(v.ty().layout, Layout::Int | Layout::Bool)
}

pub fn float_of(v: &Value) -> Option<f64> {
    v.downcast::<FloatData>().map(|f| f.0)
}

/// `float(int)` with CPython's overflow rule.
pub fn bigint_to_f64(b: &BigInt) -> Option<f64> {
    let f = b.to_f64()?;
    if f.is_finite() {
        Some(f)
    } else {
        None
    }
}

pub fn tuple_items(v: &Value) -> Option<&[Value]> {
    v.downcast::<TupleData>().map(|t| &*t.items)
}

// ---------------------------------------------------------------------------
// Hashing, CPython-compatible for numbers.

/// The modulus of numeric hashes (2**61 - 1).
pub const HASH_MODULUS: i64 = (1 << 61) - 1;

pub fn hash_i64(i: i64) -> i64 {
    let m = HASH_MODULUS as i128;
    let x = i as i128;
    let mut h = (x.abs() % m) as i64;
    if x < 0 {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    if let Some(i) = b.to_i64() {
        return hash_i64(i);
    }
    let m = BigInt::from(HASH_MODULUS);
    let r = (b.magnitude() % m.magnitude()).to_i64().unwrap_or(0);
    let h = if b.sign() == num_bigint::Sign::Minus {
        -r
    } else {
        r
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_float(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return hash_i64(f as i64);
    }
    // Reduce m * 2**e modulo 2**61 - 1 as CPython does.
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    let bits = 61u64;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS as u64) | (x >> (bits - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS as u64 {
            x -= HASH_MODULUS as u64;
        }
    }
    let e = if e >= 0 {
        (e as u64) % bits
    } else {
        bits - 1 - (((-1 - e) as u64) % bits)
    };
    x = ((x << e) & HASH_MODULUS as u64) | (x >> (bits - e));
    let mut h = x as i64;
    if f < 0.0 {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 || !f.is_finite() {
        return (f, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(f * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

/// Hash of str/bytes contents (stable within a process).
pub fn hash_bytes(b: &[u8]) -> i64 {
    // FNV-1a variant folded with a multiply; fast and well distributed.
    let mut h: u64 = 0xcbf29ce484222325;
    for &c in b {
        h ^= c as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h ^= h >> 29;
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

#[inline]
pub fn str_hash(s: &StrData) -> i64 {
    let h = s.hash.get();
    if h != -1 {
        return h;
    }
    let h = hash_bytes(s.s.as_bytes());
    s.hash.set(h);
    h
}

pub fn is_zero(b: &BigInt) -> bool {
    b.is_zero()
}
