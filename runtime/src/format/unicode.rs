//! Unicode character properties needed by `repr`, `int()` and `float()`.
//!
//! The tables live in `unicode_tables.rs`, generated from Python's
//! `unicodedata` by `gen_unicode_tables.py`.

use super::unicode_tables::{DECIMAL_RUNS, NON_PRINTABLE, WHITESPACE};
use std::cmp::Ordering;

fn in_ranges(table: &[(u32, u32)], cp: u32) -> Option<(u32, u32)> {
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                Ordering::Less
            } else if lo > cp {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        })
        .ok()
        .and_then(|i| table.get(i).copied())
}

/// Python's `str.isprintable()` for one character: false for categories
/// Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs (except the ASCII space).
pub fn is_printable(c: char) -> bool {
    let cp = c as u32;
    if (0x20..0x7f).contains(&cp) {
        return true;
    }
    if cp < 0x20 || cp == 0x7f {
        return false;
    }
    in_ranges(NON_PRINTABLE, cp).is_none()
}

/// Python's `str.isspace()` for one character (`Py_UNICODE_ISSPACE`).
pub fn is_space(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x80 {
        return matches!(cp, 0x09..=0x0d | 0x1c..=0x20);
    }
    in_ranges(WHITESPACE, cp).is_some()
}

/// The decimal value of a Unicode decimal digit (category Nd), like
/// `unicodedata.decimal(c, None)`; `None` for anything else.
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - '0' as u32);
    }
    if cp < 0x80 {
        return None;
    }
    in_ranges(DECIMAL_RUNS, cp).map(|(lo, _)| cp - lo)
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: characters below U+007F
/// are kept, other whitespace becomes `' '`, other decimal digits become
/// their ASCII digit.  Returns `None` when some other non-ASCII character
/// is present (such a string can never be a valid number).
pub(crate) fn transform_decimal_and_space(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if cp < 0x7f {
            out.push(cp as u8);
        } else if is_space(c) {
            out.push(b' ');
        } else if let Some(d) = decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            return None;
        }
    }
    Some(out)
}

/// The ASCII whitespace of C's `isspace` (`Py_ISSPACE`).
pub(crate) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// Trims `Py_ISSPACE` whitespace from both ends.
pub(crate) fn trim_ascii_space(b: &[u8]) -> &[u8] {
    let start = b
        .iter()
        .position(|&c| !is_ascii_space(c))
        .unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|&c| !is_ascii_space(c))
        .map_or(start, |i| i + 1);
    b.get(start..end).unwrap_or(&[])
}
