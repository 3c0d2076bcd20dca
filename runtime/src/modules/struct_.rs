//! `_struct`: packing Python values into C structs and back, behind
//! `lib/struct.py` (which adds the `Struct` class).
//!
//! A format is parsed once into a [`Shape`] (cached per thread): a list of
//! fields with their offsets. Native mode (`@`, the default) uses the
//! platform's sizes and aligns each field to its size; the standard modes
//! (`=`, `<`, `>`, `!`) use fixed sizes and no alignment. Range errors are
//! worded per code and mode the way CPython 3.8 words them (on a
//! little-endian machine its `<` table borrows some native packers, so
//! `<h` complains like `@h` while `>h` names the code).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{PyErr, PyResult, Vm};

use super::math::to_f64;
use super::support::{buffer_arg, define, is_bytearray, raise, write_into};
use super::{add_fn, add_value};

const ERROR_SRC: &str = "class error(Exception):\n    pass\nerror.__module__ = 'struct'\n";

thread_local! {
    static ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
    static CACHE: RefCell<HashMap<Vec<u8>, Rc<Shape>>> = RefCell::new(HashMap::new());
}

/// Raises `struct.error(msg)`.
fn error(vm: &mut Vm, msg: impl AsRef<str>) -> PyErr {
    match ERROR.with(|e| e.borrow().clone()) {
        Some(cls) => raise(vm, &cls, msg),
        None => vm.runtime_error(msg),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    Native,
    Little,
    Big,
}

/// One field of a format: a code at an offset (`len` is the byte count of
/// `s`/`p`, else the item size).
#[derive(Clone, Copy)]
struct Field {
    code: u8,
    offset: usize,
    len: usize,
}

/// A parsed format.
pub(crate) struct Shape {
    order: Order,
    fields: Vec<Field>,
    size: usize,
}

/// Size of one item of `code`, or None for a code the mode lacks.
fn item_size(code: u8, order: Order) -> Option<usize> {
    let native = order == Order::Native;
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

fn parse(vm: &mut Vm, fmt: &[u8]) -> PyResult<Rc<Shape>> {
    if let Some(s) = CACHE.with(|c| c.borrow().get(fmt).cloned()) {
        return Ok(s);
    }
    let shape = Rc::new(parse_uncached(vm, fmt)?);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() > 100 {
            c.clear();
        }
        c.insert(fmt.to_vec(), shape.clone());
    });
    Ok(shape)
}

fn parse_uncached(vm: &mut Vm, fmt: &[u8]) -> PyResult<Shape> {
    if fmt.contains(&0) {
        return Err(error(vm, "embedded null character"));
    }
    let (order, mut rest) = match fmt.first() {
        Some(b'@') => (Order::Native, &fmt[1..]),
        Some(b'<' | b'=') => (Order::Little, &fmt[1..]),
        Some(b'>' | b'!') => (Order::Big, &fmt[1..]),
        _ => (Order::Native, fmt),
    };
    let too_long = |vm: &mut Vm| error(vm, "total struct size too long");
    let mut fields = Vec::new();
    let mut size: usize = 0;
    while let Some((&c, tail)) = rest.split_first() {
        rest = tail;
        if c.is_ascii_whitespace() {
            continue;
        }
        let (count, code) = if c.is_ascii_digit() {
            let mut n: usize = (c - b'0') as usize;
            while let Some((&d, tail)) = rest.split_first() {
                if !d.is_ascii_digit() {
                    break;
                }
                rest = tail;
                n = n
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((d - b'0') as usize))
                    .ok_or_else(|| too_long(vm))?;
            }
            let Some((&code, tail)) = rest.split_first() else {
                return Err(error(vm, "repeat count given without format specifier"));
            };
            rest = tail;
            (n, code)
        } else {
            (1, c)
        };
        let Some(isz) = item_size(code, order) else {
            return Err(error(vm, "bad char in struct format"));
        };
        if order == Order::Native && !matches!(code, b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p')
        {
            size = size.div_ceil(isz) * isz;
        }
        match code {
            b's' | b'p' => {
                fields.push(Field {
                    code,
                    offset: size,
                    len: count,
                });
                size = size.checked_add(count).ok_or_else(|| too_long(vm))?;
            }
            b'x' => size = size.checked_add(count).ok_or_else(|| too_long(vm))?,
            _ => {
                let total = count.checked_mul(isz).ok_or_else(|| too_long(vm))?;
                if total > isize::MAX as usize / 2 {
                    return Err(too_long(vm));
                }
                for k in 0..count {
                    fields.push(Field {
                        code,
                        offset: size + k * isz,
                        len: isz,
                    });
                }
                size = size.checked_add(total).ok_or_else(|| too_long(vm))?;
            }
        }
        if size > isize::MAX as usize / 2 {
            return Err(too_long(vm));
        }
    }
    Ok(Shape {
        order,
        fields,
        size,
    })
}

/// The format argument: str or bytes.
fn format_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = v.as_str() {
        return Ok(s.as_bytes().to_vec());
    }
    if let Some(b) = v.downcast::<BytesData>() {
        return Ok(b.b.to_vec());
    }
    Err(vm.type_error(format!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        v.ty().name()
    )))
}

fn shape_of(vm: &mut Vm, v: &Value) -> PyResult<Rc<Shape>> {
    let f = format_bytes(vm, v)?;
    parse(vm, &f)
}

// ---------------------------------------------------------------------------
// Integers

/// How an int argument is first converted (and what an out-of-range value
/// is called).
#[derive(Clone, Copy)]
enum Getter {
    /// C `long`: "argument out of range".
    Long,
    /// C `unsigned long`: "argument out of range".
    ULong,
    /// Byte-array conversion of 8-byte standard ints: "int too large to convert".
    Bytes { signed: bool },
    /// `void *`: either sign within 64 bits.
    Ptr,
}

/// The conversion and the extra range check (bounds and message) of an
/// integer code.
fn int_rule(code: u8, order: Order) -> (Getter, Option<(i128, i128, String)>) {
    let named = |signed: bool, bytes: u32| {
        let bits = bytes * 8;
        if signed {
            let lo = -(1i128 << (bits - 1));
            let hi = (1i128 << (bits - 1)) - 1;
            (
                lo,
                hi,
                format!("'{}' format requires {lo} <= number <= {hi}", code as char),
            )
        } else {
            let hi = (1i128 << bits) - 1;
            (
                0,
                hi,
                format!("'{}' format requires 0 <= number <= {hi}", code as char),
            )
        }
    };
    let big = order == Order::Big;
    match code {
        b'b' => (
            Getter::Long,
            Some((
                -128,
                127,
                "byte format requires -128 <= number <= 127".into(),
            )),
        ),
        b'B' => (
            Getter::Long,
            Some((0, 255, "ubyte format requires 0 <= number <= 255".into())),
        ),
        b'h' if !big => (
            Getter::Long,
            Some((
                -32768,
                32767,
                "short format requires (-0x7fff - 1) <= number <= 0x7fff".into(),
            )),
        ),
        b'H' if !big => (
            Getter::Long,
            Some((
                0,
                65535,
                "ushort format requires 0 <= number <= (0x7fff * 2 + 1)".into(),
            )),
        ),
        b'h' => (Getter::Long, Some(named(true, 2))),
        b'H' => (Getter::ULong, Some(named(false, 2))),
        b'i' => (Getter::Long, Some(named(true, 4))),
        b'I' => (Getter::ULong, Some(named(false, 4))),
        b'l' if order == Order::Native => (Getter::Long, None),
        b'L' if order == Order::Native => (Getter::ULong, None),
        b'l' => (Getter::Long, Some(named(true, 4))),
        b'L' => (Getter::ULong, Some(named(false, 4))),
        b'q' if big => (Getter::Bytes { signed: true }, None),
        b'Q' if big => (Getter::Bytes { signed: false }, None),
        b'q' | b'n' => (Getter::Long, None),
        b'Q' | b'N' => (Getter::ULong, None),
        _ => (Getter::Ptr, None),
    }
}

/// The int value of a pack argument (int or `__index__`).
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = int_as_bigint(v) {
        return Ok(b);
    }
    if vm.lookup_special(v, "__index__").is_some() {
        return vm.index_value(v);
    }
    Err(error(vm, "required argument is not an integer"))
}

fn pack_int(vm: &mut Vm, code: u8, order: Order, v: &Value, out: &mut [u8]) -> PyResult<()> {
    let n = int_arg(vm, v)?;
    let (getter, range) = int_rule(code, order);
    let (lo, hi, msg): (i128, i128, &str) = match getter {
        Getter::Long => (i64::MIN as i128, i64::MAX as i128, "argument out of range"),
        Getter::ULong => (0, u64::MAX as i128, "argument out of range"),
        Getter::Bytes { signed: true } => (
            i64::MIN as i128,
            i64::MAX as i128,
            "int too large to convert",
        ),
        Getter::Bytes { signed: false } => (0, u64::MAX as i128, "int too large to convert"),
        Getter::Ptr => (
            i64::MIN as i128,
            u64::MAX as i128,
            "int too large to convert",
        ),
    };
    let x = match n.to_i128() {
        Some(x) if (lo..=hi).contains(&x) => x,
        _ => return Err(error(vm, msg)),
    };
    if let Some((lo, hi, msg)) = range {
        if !(lo..=hi).contains(&x) {
            return Err(error(vm, msg));
        }
    }
    let bytes = x.to_le_bytes();
    let w = out.len();
    out.copy_from_slice(&bytes[..w]);
    if order == Order::Big {
        out.reverse();
    }
    Ok(())
}

fn unpack_int(code: u8, order: Order, data: &[u8]) -> Value {
    let mut le = data.to_vec();
    if order == Order::Big {
        le.reverse();
    }
    let signed = matches!(code, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
    let negative = signed && le.last().is_some_and(|b| b & 0x80 != 0);
    let mut buf = if negative { [0xffu8; 16] } else { [0u8; 16] };
    buf[..le.len()].copy_from_slice(&le);
    let x = i128::from_le_bytes(buf);
    match i64::try_from(x) {
        Ok(i) => new_int(i),
        Err(_) => new_bigint(BigInt::from(x)),
    }
}

// ---------------------------------------------------------------------------
// Floats

/// The binary16 bits of `x` (round half to even), or None on overflow.
pub(crate) fn f64_to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a == 0.0 {
        return Some(sign);
    }
    let min_normal = 2f64.powi(-14);
    let bits = if a < min_normal {
        // Subnormal: units of 2**-24; a carry into 1024 is the smallest normal.
        (a * 2f64.powi(24)).round_ties_even() as u32
    } else {
        let e = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
        if e > 15 {
            return None;
        }
        let frac = a / 2f64.powi(e) - 1.0;
        let m = (frac * 1024.0).round_ties_even() as u32;
        (((e + 15) as u32) << 10) + m
    };
    if bits >= 0x7c00 {
        return None;
    }
    Some(sign | bits as u16)
}

pub(crate) fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    let mag = match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1024.0 + m) * 2f64.powi(e - 25),
    };
    sign * mag
}

/// The float value of a pack argument.
pub(crate) fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = float_of(v) {
        return Ok(f);
    }
    let numeric = is_int(v)
        || vm.lookup_special(v, "__float__").is_some()
        || vm.lookup_special(v, "__index__").is_some();
    if !numeric {
        return Err(error(vm, "required argument is not a float"));
    }
    to_f64(vm, v)
}

fn put(out: &mut [u8], le: &[u8], order: Order) {
    out.copy_from_slice(le);
    if order == Order::Big {
        out.reverse();
    }
}

fn get<const N: usize>(data: &[u8], order: Order) -> [u8; N] {
    let mut a = [0u8; N];
    a.copy_from_slice(&data[..N]);
    if order == Order::Big {
        a.reverse();
    }
    a
}

// ---------------------------------------------------------------------------
// Packing and unpacking

fn pack_field(vm: &mut Vm, order: Order, f: &Field, v: &Value, out: &mut [u8]) -> PyResult<()> {
    let out = &mut out[f.offset..f.offset + f.len];
    match f.code {
        b'?' => out[0] = vm.truthy(v)? as u8,
        b'c' => match v.downcast::<BytesData>() {
            Some(b) if b.b.len() == 1 => out[0] = b.b[0],
            _ => return Err(error(vm, "char format requires a bytes object of length 1")),
        },
        b's' | b'p' => {
            let Some(data) = crate::builtins::bytes::buf_of(v) else {
                return Err(error(
                    vm,
                    format!("argument for '{}' must be a bytes object", f.code as char),
                ));
            };
            if f.code == b's' {
                let n = data.len().min(f.len);
                out[..n].copy_from_slice(&data[..n]);
            } else if f.len > 0 {
                let n = data.len().min(f.len - 1);
                out[1..1 + n].copy_from_slice(&data[..n]);
                out[0] = n.min(255) as u8;
            }
        }
        b'e' => {
            let x = float_arg(vm, v)?;
            let Some(h) = f64_to_half(x) else {
                return Err(vm.overflow_error("float too large to pack with e format"));
            };
            put(out, &h.to_le_bytes(), order);
        }
        b'f' => {
            let x = float_arg(vm, v)?;
            let y = x as f32;
            if order != Order::Native && y.is_infinite() && x.is_finite() {
                return Err(vm.overflow_error("float too large to pack with f format"));
            }
            put(out, &y.to_le_bytes(), order);
        }
        b'd' => {
            let x = float_arg(vm, v)?;
            put(out, &x.to_le_bytes(), order);
        }
        code => pack_int(vm, code, order, v, out)?,
    }
    Ok(())
}

fn unpack_field(order: Order, f: &Field, data: &[u8]) -> Value {
    let data = &data[f.offset..f.offset + f.len];
    match f.code {
        b'?' => Value::bool(data[0] != 0),
        b'c' | b's' => new_bytes(data.to_vec()),
        b'p' => {
            if data.is_empty() {
                return new_bytes(Vec::new());
            }
            let n = (data[0] as usize).min(data.len() - 1);
            new_bytes(data[1..1 + n].to_vec())
        }
        b'e' => new_float(half_to_f64(u16::from_le_bytes(get::<2>(data, order)))),
        b'f' => new_float(f32::from_le_bytes(get::<4>(data, order)) as f64),
        b'd' => new_float(f64::from_le_bytes(get::<8>(data, order))),
        code => unpack_int(code, order, data),
    }
}

fn pack_values(vm: &mut Vm, shape: &Shape, values: &[Value], what: &str) -> PyResult<Vec<u8>> {
    if values.len() != shape.fields.len() {
        return Err(error(
            vm,
            format!(
                "{what} expected {} items for packing (got {})",
                shape.fields.len(),
                values.len()
            ),
        ));
    }
    let mut out = vec![0u8; shape.size];
    for (f, v) in shape.fields.iter().zip(values) {
        pack_field(vm, shape.order, f, v, &mut out)?;
    }
    Ok(out)
}

fn unpack_values(shape: &Shape, data: &[u8]) -> Value {
    new_tuple(
        shape
            .fields
            .iter()
            .map(|f| unpack_field(shape.order, f, data))
            .collect(),
    )
}

// ---------------------------------------------------------------------------
// Module functions

fn format_first<'a>(vm: &mut Vm, a: &Args<'a>, fname: &str) -> PyResult<&'a [Value]> {
    if a.has_kwargs() {
        return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
    }
    let p = a.pos();
    if p.is_empty() {
        return Err(vm.type_error("missing format argument"));
    }
    Ok(p)
}

fn exact_args<'a>(vm: &mut Vm, a: &Args<'a>, fname: &str, n: usize) -> PyResult<&'a [Value]> {
    if a.has_kwargs() {
        return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
    }
    let p = a.pos();
    if p.len() != n {
        let msg = if n == 1 {
            format!("{fname}() takes exactly one argument ({} given)", p.len())
        } else {
            format!("{fname} expected {n} arguments, got {}", p.len())
        };
        return Err(vm.type_error(msg));
    }
    Ok(p)
}

fn s_pack(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = format_first(vm, &a, "pack")?;
    let shape = shape_of(vm, &p[0])?;
    Ok(new_bytes(pack_values(vm, &shape, &p[1..], "pack")?))
}

fn s_unpack(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = exact_args(vm, &a, "unpack", 2)?;
    let shape = shape_of(vm, &p[0])?;
    let data = buffer_arg(vm, &p[1])?;
    if data.len() != shape.size {
        return Err(error(
            vm,
            format!("unpack requires a buffer of {} bytes", shape.size),
        ));
    }
    Ok(unpack_values(&shape, &data))
}

fn s_calcsize(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = exact_args(vm, &a, "calcsize", 1)?;
    let shape = shape_of(vm, &p[0])?;
    Ok(new_int(shape.size as i64))
}

/// Resolves a possibly negative `offset` into a buffer of `len` bytes.
fn resolve_offset(vm: &mut Vm, offset: isize, len: usize) -> PyResult<usize> {
    if offset < 0 {
        if offset + (len as isize) < 0 {
            return Err(error(
                vm,
                format!("offset {offset} out of range for {len}-byte buffer"),
            ));
        }
        return Ok((offset + len as isize) as usize);
    }
    Ok(offset as usize)
}

fn s_unpack_from(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let args = super::math::bind(vm, &a, "unpack_from", &["format", "buffer", "offset"], 3, 2)?;
    let (Some(fmt), Some(buf)) = (&args[0], &args[1]) else {
        return Err(vm.type_error("unpack_from() missing required argument 'buffer' (pos 2)"));
    };
    let shape = shape_of(vm, fmt)?;
    let data = buffer_arg(vm, buf)?;
    let offset = match &args[2] {
        Some(o) => vm.index_isize(o)?,
        None => 0,
    };
    let start = resolve_offset(vm, offset, data.len())?;
    if data.len().saturating_sub(start) < shape.size || start > data.len() {
        return Err(error(
            vm,
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
                shape.size + start,
                shape.size,
                start,
                data.len()
            ),
        ));
    }
    Ok(unpack_values(&shape, &data[start..]))
}

fn s_pack_into(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = format_first(vm, &a, "pack_into")?;
    let shape = shape_of(vm, &p[0])?;
    let Some(buf) = p.get(1) else {
        return Err(error(vm, "pack_into expected buffer argument"));
    };
    let Some(off) = p.get(2) else {
        return Err(error(vm, "pack_into expected offset argument"));
    };
    if !is_bytearray(buf) {
        return Err(vm.type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            buf.ty().name()
        )));
    }
    let values = &p[3..];
    if values.len() != shape.fields.len() {
        return Err(error(
            vm,
            format!(
                "pack_into expected {} items for packing (got {})",
                shape.fields.len(),
                values.len()
            ),
        ));
    }
    let offset = vm.index_isize(off)?;
    let len = vm.len(buf)?;
    let start = resolve_offset(vm, offset, len)?;
    if len.saturating_sub(start) < shape.size || start > len {
        return Err(error(
            vm,
            format!(
                "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
                shape.size + start,
                shape.size,
                start,
                len
            ),
        ));
    }
    let data = pack_values(vm, &shape, values, "pack_into")?;
    write_into(vm, buf, start, data)?;
    Ok(Value::none())
}

fn s_iter_unpack(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = exact_args(vm, &a, "iter_unpack", 2)?;
    let shape = shape_of(vm, &p[0])?;
    let data = buffer_arg(vm, &p[1])?;
    if shape.size == 0 {
        return Err(error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if data.len() % shape.size != 0 {
        return Err(error(
            vm,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                shape.size
            ),
        ));
    }
    let items: Vec<Value> = data
        .chunks(shape.size)
        .map(|c| unpack_values(&shape, c))
        .collect();
    vm.iter(&new_list(items))
}

fn s_clearcache(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    exact_args(vm, &a, "_clearcache", 0)?;
    CACHE.with(|c| c.borrow_mut().clear());
    Ok(Value::none())
}

pub fn init(vm: &mut Vm, d: &Value) -> PyResult<()> {
    let cls = define(vm, d, ERROR_SRC, "<struct>", "error")?;
    ERROR.with(|e| *e.borrow_mut() = Some(cls));
    let fns: &[(&'static str, NativeFn)] = &[
        ("pack", s_pack),
        ("unpack", s_unpack),
        ("calcsize", s_calcsize),
        ("unpack_from", s_unpack_from),
        ("pack_into", s_pack_into),
        ("iter_unpack", s_iter_unpack),
        ("_clearcache", s_clearcache),
    ];
    for &(name, f) in fns {
        add_fn(vm, d, name, f);
    }
    add_value(
        vm,
        d,
        "__doc__",
        new_str("Functions to convert between Python values and C structs."),
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_round_trip() {
        for (x, bits) in [
            (1.0, 0x3c00u16),
            (-2.0, 0xc000),
            (65504.0, 0x7bff),
            (2f64.powi(-24), 0x0001),
            (0.1, 0x2e66),
        ] {
            assert_eq!(f64_to_half(x), Some(bits));
            assert_eq!(
                half_to_f64(bits),
                if x == 0.1 { half_to_f64(0x2e66) } else { x }
            );
        }
        assert_eq!(f64_to_half(65520.0), None);
        assert_eq!(f64_to_half(2f64.powi(-25)), Some(0));
    }
}
