//! `binascii`: conversions between binary data and ASCII encodings (hex,
//! base64, uuencode) and the CRC-32 and CRC-CCITT checksums.
//!
//! Base64 decoding is lenient as CPython's: characters outside the
//! alphabet are skipped, and a pad sequence that completes a quantum ends
//! the input.

use std::cell::RefCell;

use crate::builtins::bytes::{buf_of, hex_with_sep};
use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{PyErr, PyResult, Vm};

use super::add_fn;
use super::math::bind;
use super::support::{buffer_arg, define, raise};

const ERRORS_SRC: &str = "\
class Error(ValueError):
    pass
class Incomplete(Exception):
    pass
Error.__module__ = Incomplete.__module__ = 'binascii'
";

thread_local! {
    static ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// Raises `binascii.Error(msg)`.
fn error(vm: &mut Vm, msg: impl AsRef<str>) -> PyErr {
    match ERROR.with(|e| e.borrow().clone()) {
        Some(cls) => raise(vm, &cls, msg),
        None => vm.value_error(msg),
    }
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// The input of an `a2b_*` function: bytes-like or an ASCII str.
fn ascii_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = v.as_str() {
        if !s.is_ascii() {
            return Err(vm.value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_bytes().to_vec());
    }
    buf_of(v).map(|b| b.into_owned()).ok_or_else(|| {
        vm.type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            v.ty().name()
        ))
    })
}

fn required(vm: &mut Vm, v: &Option<Value>, fname: &str) -> PyResult<Value> {
    v.clone()
        .ok_or_else(|| vm.type_error(format!("{fname}() missing required argument")))
}

/// Standard base64 of `data` (with padding).
pub(crate) fn b64encode(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        let chars = [
            B64[(n >> 18) as usize & 63],
            B64[(n >> 12) as usize & 63],
            B64[(n >> 6) as usize & 63],
            B64[n as usize & 63],
        ];
        let keep = chunk.len() + 1;
        out.extend_from_slice(&chars[..keep]);
        out.extend(std::iter::repeat_n(b'=', 4 - keep));
    }
    out
}

/// Lenient base64 decoding; Err carries binascii.Error's message.
fn b64decode(data: &[u8]) -> Result<Vec<u8>, String> {
    let mut table = [0xffu8; 256];
    for (i, &c) in B64.iter().enumerate() {
        table[c as usize] = i as u8;
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let mut quad = 0;
    let mut left: u32 = 0;
    let mut pads = 0;
    for &c in data {
        if c == b'=' {
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    return Ok(out);
                }
            }
            continue;
        }
        let v = table[c as usize];
        if v == 0xff {
            continue;
        }
        pads = 0;
        let v = v as u32;
        match quad {
            0 => left = v,
            1 => {
                out.push(((left << 2) | (v >> 4)) as u8);
                left = v & 0x0f;
            }
            2 => {
                out.push(((left << 4) | (v >> 2)) as u8);
                left = v & 0x03;
            }
            _ => {
                out.push(((left << 6) | v) as u8);
                left = 0;
            }
        }
        quad = (quad + 1) % 4;
    }
    match quad {
        0 => Ok(out),
        1 => Err(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
            out.len() / 3 * 4 + 1
        )),
        _ => Err("Incorrect padding".into()),
    }
}

fn b2a_base64(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = bind(vm, &a, "b2a_base64", &["data", "newline"], 1, 1)?;
    let v = required(vm, &p[0], "b2a_base64")?;
    let data = buffer_arg(vm, &v)?;
    let newline = match &p[1] {
        Some(n) => vm.truthy(n)?,
        None => true,
    };
    let mut out = b64encode(&data);
    if newline {
        out.push(b'\n');
    }
    Ok(new_bytes(out))
}

fn a2b_base64(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = bind(vm, &a, "a2b_base64", &["data"], 1, 1)?;
    let v = required(vm, &p[0], "a2b_base64")?;
    let data = ascii_arg(vm, &v)?;
    match b64decode(&data) {
        Ok(out) => Ok(new_bytes(out)),
        Err(msg) => Err(error(vm, msg)),
    }
}

fn hexlify_impl(vm: &mut Vm, a: Args<'_>, fname: &str) -> PyResult<Value> {
    let p = bind(vm, &a, fname, &["data", "sep", "bytes_per_sep"], 3, 1)?;
    let v = required(vm, &p[0], fname)?;
    let data = buffer_arg(vm, &v)?;
    let sep = match &p[1] {
        None => None,
        Some(s) if s.is_none() => None,
        Some(s) => {
            let chars: Vec<char> = if let Some(t) = s.as_str() {
                t.chars().collect()
            } else if let Some(b) = buf_of(s) {
                b.iter().map(|&c| c as char).collect()
            } else {
                return Err(
                    vm.type_error(format!("sep must be str or bytes, not {}", s.ty().name()))
                );
            };
            if chars.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            Some(chars[0])
        }
    };
    let per = match &p[2] {
        Some(n) => vm.index_isize(n)?,
        None => 1,
    };
    let text = hex_with_sep(&data, sep, per);
    // A separator above U+007F stands for its own code as one byte.
    Ok(new_bytes(text.chars().map(|c| c as u32 as u8).collect()))
}

fn hexlify(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    hexlify_impl(vm, a, "hexlify")
}

fn b2a_hex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    hexlify_impl(vm, a, "b2a_hex")
}

fn unhexlify_impl(vm: &mut Vm, a: Args<'_>, fname: &str) -> PyResult<Value> {
    let p = bind(vm, &a, fname, &["hexstr"], 1, 1)?;
    let v = required(vm, &p[0], fname)?;
    let data = ascii_arg(vm, &v)?;
    if data.len() % 2 != 0 {
        return Err(error(vm, "Odd-length string"));
    }
    let digit = |c: u8| (c as char).to_digit(16);
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        match (digit(pair[0]), digit(pair[1])) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    Ok(new_bytes(out))
}

fn unhexlify(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    unhexlify_impl(vm, a, "unhexlify")
}

fn a2b_hex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    unhexlify_impl(vm, a, "a2b_hex")
}

/// An unsigned 32-bit start value (any int, taken modulo 2**32).
fn u32_arg(vm: &mut Vm, v: &Option<Value>) -> PyResult<u32> {
    let Some(v) = v else { return Ok(0) };
    if float_of(v).is_some() {
        return Err(vm.type_error("integer argument expected, got float"));
    }
    let n = vm.index_value(v)?;
    let m = n & num_bigint::BigInt::from(u32::MAX);
    Ok(num_traits::ToPrimitive::to_u32(&m).unwrap_or(0))
}

/// CRC-32 (the zlib/PNG polynomial) of `data` continuing from `start`.
pub(crate) fn crc32(data: &[u8], start: u32) -> u32 {
    let mut h = crc32fast::Hasher::new_with_initial(start);
    h.update(data);
    h.finalize()
}

fn b_crc32(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.has_kwargs() {
        return Err(vm.type_error("crc32() takes no keyword arguments"));
    }
    let p = super::math::fixed_args(vm, &a, "crc32", 1, 2)?;
    let data = buffer_arg(vm, &p[0])?.into_owned();
    let start = u32_arg(vm, &p.get(1).cloned())?;
    Ok(new_int(crc32(&data, start) as i64))
}

fn b_crc_hqx(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = super::math::fixed_args(vm, &a, "crc_hqx", 2, 2)?;
    let data = buffer_arg(vm, &p[0])?.into_owned();
    let mut crc = (u32_arg(vm, &Some(p[1].clone()))? & 0xffff) as u16;
    for &b in &data {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    Ok(new_int(crc as i64))
}

fn b2a_uu(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = bind(vm, &a, "b2a_uu", &["data", "backtick"], 1, 1)?;
    let v = required(vm, &p[0], "b2a_uu")?;
    let data = buffer_arg(vm, &v)?;
    let backtick = match &p[1] {
        Some(b) => vm.truthy(b)?,
        None => false,
    };
    if data.len() > 45 {
        return Err(error(vm, "At most 45 bytes at once"));
    }
    let enc = |x: u8| {
        if backtick && x == 0 {
            b'`'
        } else {
            b' ' + x
        }
    };
    let mut out = vec![enc(data.len() as u8)];
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for shift in [18, 12, 6, 0] {
            out.push(enc(((n >> shift) & 63) as u8));
        }
    }
    out.push(b'\n');
    Ok(new_bytes(out))
}

fn a2b_uu(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = bind(vm, &a, "a2b_uu", &["data"], 1, 1)?;
    let v = required(vm, &p[0], "a2b_uu")?;
    let data = ascii_arg(vm, &v)?;
    let Some(&first) = data.first() else {
        return Ok(new_bytes(vec![0u8; 32]));
    };
    let n = (first.wrapping_sub(b' ') & 63) as usize;
    let mut bits: u32 = 0;
    let mut nbits = 0;
    let mut out = Vec::with_capacity(n);
    let body = &data[1..];
    let mut i = 0;
    while out.len() < n {
        let c = body.get(i).copied().unwrap_or(b' ');
        i += 1;
        let c = if c == b'\n' || c == b'\r' { b' ' } else { c };
        if !(b' '..=b' ' + 64).contains(&c) {
            return Err(error(vm, "Illegal char"));
        }
        bits = (bits << 6) | ((c - b' ') & 63) as u32;
        nbits += 6;
        if nbits >= 8 {
            nbits -= 8;
            out.push((bits >> nbits) as u8);
            bits &= (1 << nbits) - 1;
        }
    }
    for &c in body.iter().skip(i) {
        if !matches!(c, b' ' | b'`' | b'\n' | b'\r') && c > b' ' + 64 {
            return Err(error(vm, "Trailing garbage"));
        }
    }
    Ok(new_bytes(out))
}

pub fn init(vm: &mut Vm, d: &Value) -> PyResult<()> {
    let cls = define(vm, d, ERRORS_SRC, "<binascii>", "Error")?;
    ERROR.with(|e| *e.borrow_mut() = Some(cls));
    let fns: &[(&'static str, NativeFn)] = &[
        ("b2a_base64", b2a_base64),
        ("a2b_base64", a2b_base64),
        ("hexlify", hexlify),
        ("b2a_hex", b2a_hex),
        ("unhexlify", unhexlify),
        ("a2b_hex", a2b_hex),
        ("crc32", b_crc32),
        ("crc_hqx", b_crc_hqx),
        ("b2a_uu", b2a_uu),
        ("a2b_uu", a2b_uu),
    ];
    for &(name, f) in fns {
        add_fn(vm, d, name, f);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trip() {
        for data in [&b""[..], b"a", b"ab", b"abc", b"hello world"] {
            assert_eq!(b64decode(&b64encode(data)).unwrap(), data);
        }
        assert_eq!(b64encode(b"hello"), b"aGVsbG8=");
        assert_eq!(b64decode(b"ab=c=").unwrap(), b"i\xb7");
        assert!(b64decode(b"abc").is_err());
    }

    #[test]
    fn crc32_known() {
        assert_eq!(crc32(b"hello", 0), 907_060_870);
    }
}
