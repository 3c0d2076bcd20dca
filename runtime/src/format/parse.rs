//! `int(str, base)` and `float(str)` parsing with CPython's rules.

use num_bigint::BigInt;

use super::repr::{bytes_repr, str_repr};
use super::unicode::{is_ascii_space, transform_decimal_and_space, trim_ascii_space};

/// Matches the whole of `b` against `[+-](inf|infinity|nan)`, any case.
pub(crate) fn parse_inf_or_nan(b: &[u8]) -> Option<f64> {
    let (neg, rest) = match b.first() {
        Some(b'-') => (true, b.get(1..)?),
        Some(b'+') => (false, b.get(1..)?),
        _ => (false, b),
    };
    let v = if rest.eq_ignore_ascii_case(b"inf") || rest.eq_ignore_ascii_case(b"infinity") {
        f64::INFINITY
    } else if rest.eq_ignore_ascii_case(b"nan") {
        f64::NAN
    } else {
        return None;
    };
    Some(if neg { -v } else { v })
}

fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'a'..=b'z' => u32::from(c - b'a') + 10,
        b'A'..=b'Z' => u32::from(c - b'A') + 10,
        _ => 37,
    }
}

fn parse_int_ascii(b: &[u8], base: u32) -> Result<BigInt, ()> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(());
    }
    let mut i = 0;
    while b.get(i).is_some_and(|&c| is_ascii_space(c)) {
        i += 1;
    }
    let mut neg = false;
    match b.get(i) {
        Some(b'+') => i += 1,
        Some(b'-') => {
            neg = true;
            i += 1;
        }
        _ => {}
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    let next = b.get(i + 1).copied().map(|c| c.to_ascii_lowercase());
    if base == 0 {
        base = if b.get(i) != Some(&b'0') {
            10
        } else {
            match next {
                Some(b'x') => 16,
                Some(b'o') => 8,
                Some(b'b') => 2,
                _ => {
                    // "Old" C-style octal is invalid, but zero is fine.
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if b.get(i) == Some(&b'0')
        && matches!(
            (base, next),
            (16, Some(b'x')) | (8, Some(b'o')) | (2, Some(b'b'))
        )
    {
        i += 2;
        // One underscore is allowed after the prefix.
        if b.get(i) == Some(&b'_') {
            i += 1;
        }
    }
    if b.get(i) == Some(&b'_') {
        return Err(());
    }
    let mut digits: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    while let Some(&c) = b.get(i) {
        if c == b'_' {
            if prev == b'_' {
                return Err(());
            }
        } else if digit_value(c) < base {
            digits.push(c);
        } else {
            break;
        }
        prev = c;
        i += 1;
    }
    if prev == b'_' || digits.is_empty() {
        return Err(());
    }
    if error_if_nonzero && digits.iter().any(|&d| d != b'0') {
        return Err(());
    }
    while b.get(i).is_some_and(|&c| is_ascii_space(c)) {
        i += 1;
    }
    if i != b.len() {
        return Err(());
    }
    let magnitude = if base == 10 && digits.len() <= 19 {
        std::str::from_utf8(&digits)
            .ok()
            .and_then(|s| s.parse::<u64>().ok())
            .map(BigInt::from)
            .ok_or(())?
    } else {
        BigInt::parse_bytes(&digits, base).ok_or(())?
    };
    Ok(if neg { -magnitude } else { magnitude })
}

/// `int(s, base)` for a `str`: surrounding (Unicode) whitespace, a sign,
/// underscores only between digits (one may follow a base prefix), base 0
/// infers the base from a `0b`/`0o`/`0x` prefix and rejects leading zeros
/// (`010`; `0` and `00` are fine), a prefix matching an explicit base is
/// skipped, and Unicode decimal digits count as their ASCII digit.
///
/// `Err(())` when the literal is invalid — build the message with
/// [`int_parse_error_message`] — or when `base` is neither 0 nor in
/// `2..=36` (the caller should have raised `ValueError: int() base must be
/// >= 2 and <= 36, or 0` before calling).
#[allow(clippy::result_unit_err)] // the agreed API: the caller builds the message
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, ()> {
    if s.is_ascii() {
        parse_int_ascii(s.as_bytes(), base)
    } else {
        parse_int_ascii(&transform_decimal_and_space(s).ok_or(())?, base)
    }
}

/// `int(b, base)` for `bytes`/`bytearray`: as [`parse_int`] but ASCII only.
#[allow(clippy::result_unit_err)] // the agreed API: the caller builds the message
pub fn parse_int_bytes(b: &[u8], base: u32) -> Result<BigInt, ()> {
    parse_int_ascii(b, base)
}

/// `invalid literal for int() with base 10: 'abc'` (the repr is cut to 200
/// characters, like CPython's `%.200R`).
pub fn int_parse_error_message(s: &str, base: u32) -> String {
    let r: String = str_repr(s).chars().take(200).collect();
    format!("invalid literal for int() with base {base}: {r}")
}

/// `invalid literal for int() with base 10: b'abc'` (at most 200 bytes of
/// the input are shown).
pub fn int_parse_error_message_bytes(b: &[u8], base: u32) -> String {
    let shown = b.get(..b.len().min(200)).unwrap_or(b);
    format!(
        "invalid literal for int() with base {base}: {}",
        bytes_repr(shown)
    )
}

/// `could not convert string to float: 'abc'`.
pub fn float_parse_error_message(s: &str) -> String {
    format!("could not convert string to float: {}", str_repr(s))
}

/// `could not convert string to float: b'abc'`.
pub fn float_parse_error_message_bytes(b: &[u8]) -> String {
    format!("could not convert string to float: {}", bytes_repr(b))
}

/// Checks `[+-]digits[.digits][(e|E)[+-]digits]` (at least one mantissa
/// digit) over the whole slice.
fn is_decimal_float(b: &[u8]) -> bool {
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let count_digits = |i: &mut usize| {
        let start = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    let mut mantissa = count_digits(&mut i);
    if b.get(i) == Some(&b'.') {
        i += 1;
        mantissa += count_digits(&mut i);
    }
    if mantissa == 0 {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if count_digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

fn parse_float_ascii(b: &[u8]) -> Result<f64, ()> {
    let without_underscores;
    let mut b = b;
    if b.contains(&b'_') {
        // Underscores only between digits (checked on the untrimmed text).
        let mut out = Vec::with_capacity(b.len());
        let mut prev = 0u8;
        for &c in b {
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    return Err(());
                }
            } else {
                if prev == b'_' && !c.is_ascii_digit() {
                    return Err(());
                }
                out.push(c);
            }
            prev = c;
        }
        if prev == b'_' {
            return Err(());
        }
        without_underscores = out;
        b = &without_underscores;
    }
    let t = trim_ascii_space(b);
    if let Some(v) = parse_inf_or_nan(t) {
        return Ok(v);
    }
    if !is_decimal_float(t) {
        return Err(());
    }
    std::str::from_utf8(t)
        .map_err(|_| ())?
        .parse::<f64>()
        .map_err(|_| ())
}

/// `float(s)` for a `str`: surrounding (Unicode) whitespace, a sign,
/// `inf`/`infinity`/`nan` in any case, decimal digits with an optional
/// point and exponent, underscores only between digits, Unicode decimal
/// digits.  Hexadecimal is not accepted (that is `float.fromhex`).
/// Overflow gives `inf`, underflow `0.0`, like CPython.
///
/// `Err(())` when invalid: build the message with
/// [`float_parse_error_message`].
#[allow(clippy::result_unit_err)] // the agreed API: the caller builds the message
pub fn parse_float(s: &str) -> Result<f64, ()> {
    let b = s.as_bytes();
    // Fast path: plain ASCII decimal text.
    if s.is_ascii() {
        if is_decimal_float(b) {
            return s.parse::<f64>().map_err(|_| ());
        }
        return parse_float_ascii(b);
    }
    parse_float_ascii(&transform_decimal_and_space(s).ok_or(())?)
}

/// `float(b)` for `bytes`/`bytearray`: as [`parse_float`] but ASCII only.
#[allow(clippy::result_unit_err)] // the agreed API: the caller builds the message
pub fn parse_float_bytes(b: &[u8]) -> Result<f64, ()> {
    parse_float_ascii(b)
}
