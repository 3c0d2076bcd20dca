//! `float.hex()` and `float.fromhex()`, plus the exact binary-to-double
//! rounding they (and int-to-float conversion) share.

use super::parse::parse_inf_or_nan;
use super::unicode::trim_ascii_space;
use super::FormatError;

/// Rounds `(m + sticky*ε) * 2**exp` to the nearest double, ties to even,
/// handling subnormals.  `sticky` says that nonzero bits below `m` were
/// dropped.  Returns `None` on overflow (the result would be >= 2**1024).
pub(crate) fn compose_f64(m: u128, exp: i64, sticky: bool) -> Option<f64> {
    if m == 0 {
        return Some(0.0);
    }
    // Keep exponent arithmetic far from i64 overflow: anything this far out
    // has long since overflowed or underflowed.
    const FAR: i64 = 1 << 40;
    if exp > FAR {
        return None;
    }
    if exp < -FAR {
        return Some(0.0);
    }
    let bit_len = i64::from(128 - m.leading_zeros());
    let top = exp + bit_len - 1;
    if top > 1023 {
        return None;
    }
    let mut lsb = (top - 52).max(-1074);
    let shift = lsb - exp;
    let mut mant: u128 = if shift <= 0 {
        // At most 53 significant bits: no rounding needed.
        m << (-shift)
    } else if shift > 128 {
        0
    } else {
        let kept = m.checked_shr(shift as u32).unwrap_or(0);
        let dropped = if shift == 128 {
            m
        } else {
            m & ((1u128 << shift) - 1)
        };
        let half = 1u128 << (shift - 1);
        let round_up = dropped > half || (dropped == half && (sticky || kept & 1 == 1));
        kept + u128::from(round_up)
    };
    if mant == 1u128 << 53 {
        mant >>= 1;
        lsb += 1;
    }
    if mant == 0 {
        return Some(0.0);
    }
    let mant_bits = i64::from(128 - mant.leading_zeros());
    if lsb + mant_bits - 1 > 1023 {
        return None;
    }
    let mant = u64::try_from(mant).ok()?;
    let bits = if mant >= 1 << 52 {
        let biased = u64::try_from(lsb + 52 + 1023).ok()?;
        (biased << 52) | (mant & ((1 << 52) - 1))
    } else {
        // Subnormal: lsb is -1074.
        mant
    };
    Some(f64::from_bits(bits))
}

/// Python's `float.hex()`: `0x1.8000000000000p+0`, `-0x0.0p+0`,
/// `0x0.0000000000001p-1022`, `inf`, `-inf`, `nan`.
pub fn float_to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let frac = bits & ((1 << 52) - 1);
    let biased = ((bits >> 52) & 0x7ff) as i64;
    if biased == 0 {
        format!("{sign}0x0.{frac:013x}p-1022")
    } else {
        format!("{sign}0x1.{frac:013x}p{:+}", biased - 1023)
    }
}

const INVALID_HEX: &str = "invalid hexadecimal floating-point string";
const HEX_OVERFLOW: &str = "hexadecimal value too large to represent as a float";

/// Python's `float.fromhex(s)`: optional ASCII whitespace, sign, `inf`,
/// `infinity` or `nan` (any case), or `[0x]hhh[.hhh][p[+-]ddd]`, correctly
/// rounded.  Errors: `ValueError: invalid hexadecimal floating-point
/// string`, `OverflowError: hexadecimal value too large to represent as a
/// float`.
pub fn float_from_hex(s: &str) -> Result<f64, FormatError> {
    let invalid = || FormatError::value(INVALID_HEX);
    let b = trim_ascii_space(s.as_bytes());
    if let Some(v) = parse_inf_or_nan(b) {
        return Ok(v);
    }
    let mut i = 0;
    let mut neg = false;
    match b.first() {
        Some(b'-') => {
            neg = true;
            i += 1;
        }
        Some(b'+') => i += 1,
        _ => {}
    }
    if b.get(i) == Some(&b'0') && matches!(b.get(i + 1), Some(b'x' | b'X')) {
        i += 2;
    }
    // Coefficient: keep up to 30 significant hex digits (120 bits) and a
    // sticky flag for the rest.
    let mut m: u128 = 0;
    let mut kept = 0usize;
    let mut sticky = false;
    let mut exp: i64 = 0;
    let mut ndigits = 0usize;
    let mut seen_point = false;
    while let Some(&c) = b.get(i) {
        if c == b'.' && !seen_point {
            seen_point = true;
            i += 1;
            continue;
        }
        let Some(d) = (c as char).to_digit(16) else {
            break;
        };
        ndigits += 1;
        if m == 0 && d == 0 {
            // Leading zero: only the position matters.
            if seen_point {
                exp -= 4;
            }
        } else if kept < 30 {
            m = (m << 4) | u128::from(d);
            kept += 1;
            if seen_point {
                exp -= 4;
            }
        } else {
            sticky |= d != 0;
            if !seen_point {
                exp += 4;
            }
        }
        i += 1;
    }
    if ndigits == 0 {
        return Err(invalid());
    }
    if matches!(b.get(i), Some(b'p' | b'P')) {
        i += 1;
        let mut eneg = false;
        match b.get(i) {
            Some(b'-') => {
                eneg = true;
                i += 1;
            }
            Some(b'+') => i += 1,
            _ => {}
        }
        let start = i;
        let mut e: i64 = 0;
        while let Some(&c) = b.get(i) {
            if !c.is_ascii_digit() {
                break;
            }
            e = e.saturating_mul(10).saturating_add(i64::from(c - b'0'));
            i += 1;
        }
        if i == start {
            return Err(invalid());
        }
        let e = e.min(1 << 50);
        exp = exp.saturating_add(if eneg { -e } else { e });
    }
    // Like CPython, overflow is reported before trailing garbage.
    let v = compose_f64(m, exp, sticky).ok_or_else(|| FormatError::overflow(HEX_OVERFLOW))?;
    if i != b.len() {
        return Err(invalid());
    }
    Ok(if neg { -v } else { v })
}
