//! Float-to-decimal conversion (`repr(float)` and the `e`/`f`/`g` modes)
//! and the shared sign/prefix/grouping/padding layout of numbers.
//!
//! Digits come from Rust's float formatting, which is exact: `{:.*e}` and
//! `{:.*}` round the exact binary value half-to-even, like CPython's dtoa.
//! Rust's shortest (`{:e}`) mode can break an exact tie between two
//! shortest candidates differently from dtoa, so that case is re-derived
//! from the correctly rounded digits (see [`shortest_digits`]).

use super::spec::{Align, Sign};
use super::{check_len, FormatError};

/// Most significant digits an `f64` can have in its exact decimal
/// expansion is 767; beyond that every digit is zero.
const MAX_SIG_DIGITS: usize = 800;
/// Most fractional digits an `f64` can have in its exact decimal expansion
/// is 1074.
const MAX_FRAC_DIGITS: usize = 1100;

/// Decimal digits of a finite, non-negative float: `digits` has no
/// trailing zeros (it is `"0"` for zero) and the value is
/// `0.d1d2d3... * 10**decpt`.
struct Digits {
    digits: Vec<u8>,
    decpt: i64,
}

/// Parses Rust's `{:e}`-style output `d.ddde-7` into [`Digits`].
fn digits_from_exp_form(s: &str) -> Digits {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.iter().all(|&d| d == b'0') {
        return Digits {
            digits: vec![b'0'],
            decpt: 1,
        };
    }
    Digits {
        digits,
        decpt: exp + 1,
    }
}

/// Shortest digits that round-trip; among the shortest candidates the one
/// nearest to the exact value, ties to even (dtoa mode 0).
fn shortest_digits(x: f64) -> Digits {
    let short = digits_from_exp_form(&format!("{x:e}"));
    let n = short.digits.len();
    // Two shortest candidates can only tie with 16 or more digits; then the
    // correctly rounded n-digit string is the nearest one, and we take it
    // when it round-trips.
    if n >= 15 {
        let rounded = format!("{:.*e}", n - 1, x);
        if rounded.parse::<f64>().ok() == Some(x) {
            return digits_from_exp_form(&rounded);
        }
    }
    short
}

/// `n >= 1` significant digits, correctly rounded (dtoa mode 2).
fn significant_digits(x: f64, n: usize) -> Digits {
    let n = n.clamp(1, MAX_SIG_DIGITS);
    digits_from_exp_form(&format!("{:.*e}", n - 1, x))
}

/// Digits rounded to `frac` places after the point (dtoa mode 3).
fn fixed_digits(x: f64, frac: usize) -> Digits {
    let s = format!("{:.*}", frac.min(MAX_FRAC_DIGITS), x);
    let int_len = s.find('.').unwrap_or(s.len()) as i64;
    let all: Vec<u8> = s.bytes().filter(u8::is_ascii_digit).collect();
    let lead = all.iter().take_while(|&&d| d == b'0').count();
    let mut digits: Vec<u8> = all.get(lead..).unwrap_or(&[]).to_vec();
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        return Digits {
            digits: vec![b'0'],
            decpt: 1,
        };
    }
    Digits {
        digits,
        decpt: int_len - lead as i64,
    }
}

/// Lays out digits the way CPython's `format_float_short` does.
/// `code` is one of `e`, `f`, `g`, `r` (lowercase); `precision` is the
/// number of significant digits for `e` (already incremented) and `g`, the
/// number of fractional digits for `f`, unused for `r`.
fn layout(
    d: &Digits,
    code: char,
    precision: usize,
    alt: bool,
    add_dot_0: bool,
    upper: bool,
) -> Result<String, FormatError> {
    let n = d.digits.len() as i64;
    let precision = i64::try_from(precision).unwrap_or(i64::MAX / 4);
    let mut decpt = d.decpt;
    let mut vend = n;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vend = precision;
        }
        'f' => vend = decpt.saturating_add(precision),
        'g' => {
            let limit = if add_dot_0 {
                precision.saturating_sub(1)
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if alt {
                vend = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    vend = if !use_exp && add_dot_0 {
        vend.max(decpt + 1)
    } else {
        vend.max(decpt)
    };
    let total = usize::try_from(vend.saturating_sub(vstart)).unwrap_or(usize::MAX);
    check_len(total)?;

    let mut out = String::with_capacity(total + 8);
    let digit_at = |i: i64| -> char {
        usize::try_from(i)
            .ok()
            .and_then(|i| d.digits.get(i))
            .map_or('0', |&b| b as char)
    };
    for i in vstart..decpt {
        out.push(digit_at(i));
    }
    out.push('.');
    if decpt < vend {
        // Stored digits, then virtual trailing zeros.
        let stored_end = n.min(vend);
        for i in decpt..stored_end {
            out.push(digit_at(i));
        }
        let zeros = usize::try_from(vend - stored_end.max(decpt)).unwrap_or(0);
        out.extend(std::iter::repeat_n('0', zeros));
    }
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let mag = exp.unsigned_abs();
        if mag < 10 {
            out.push('0');
        }
        out.push_str(&mag.to_string());
    }
    Ok(out)
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)`.
///
/// * `code`: `e`, `E`, `f`, `F`, `g`, `G` or `r` (repr: shortest digits,
///   `precision` ignored). An unknown code is treated like `r`.
/// * `alt`: `Py_DTSF_ALT` (`#`: keep the point and trailing zeros).
/// * `add_dot_0`: `Py_DTSF_ADD_DOT_0` (integral values get `.0`; with `g`
///   the exponent threshold is one lower, as for a spec without a type).
///
/// Negative values (including `-0.0`) get a leading `-`; NaN is always
/// `nan` (`NAN` for the upper-case codes) without a sign.
pub fn double_to_string(
    x: f64,
    code: char,
    precision: usize,
    alt: bool,
    add_dot_0: bool,
) -> Result<String, FormatError> {
    let upper = code.is_ascii_uppercase();
    if x.is_nan() {
        return Ok(if upper { "NAN" } else { "nan" }.to_string());
    }
    let neg = x.is_sign_negative();
    let sign = if neg { "-" } else { "" };
    if x.is_infinite() {
        return Ok(format!("{sign}{}", if upper { "INF" } else { "inf" }));
    }
    let a = x.abs();
    let body = match code.to_ascii_lowercase() {
        'e' => {
            let p = precision.saturating_add(1);
            layout(&significant_digits(a, p), 'e', p, alt, add_dot_0, upper)?
        }
        'f' => layout(
            &fixed_digits(a, precision),
            'f',
            precision,
            alt,
            add_dot_0,
            upper,
        )?,
        'g' => {
            let p = precision.max(1);
            layout(&significant_digits(a, p), 'g', p, alt, add_dot_0, upper)?
        }
        _ => layout(&shortest_digits(a), 'r', 0, alt, add_dot_0, upper)?,
    };
    Ok(format!("{sign}{body}"))
}

/// `repr(float)`: shortest round-tripping digits, scientific notation when
/// the decimal exponent is below -4 or at least 16, `.0` for integral
/// values, `inf`, `-inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    // The 'r' mode output is at most ~25 characters: it cannot fail.
    double_to_string(x, 'r', 0, false, true).unwrap_or_else(|_| String::from("nan"))
}

/// The pieces of a number to lay out: `[sign][prefix][digits][.][remainder]`.
pub(crate) struct NumberParts<'a> {
    /// Whether the number is negative.
    pub negative: bool,
    /// `0x`-style prefix (already in its final case).
    pub prefix: &'a str,
    /// ASCII digits subject to grouping and zero padding.
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub decimal: bool,
    /// Everything after the point (or after the digits): fraction,
    /// exponent, `%`, `inf`...
    pub remainder: &'a str,
}

/// Layout options for [`render_number`].
pub(crate) struct NumberLayout {
    pub fill: char,
    pub align: Align,
    pub sign: Option<Sign>,
    pub width: Option<usize>,
    /// Group size and separator.
    pub grouping: Option<(usize, char)>,
    /// Upper-case the digits (type `X`).
    pub upper: bool,
}

/// Inserts separators every `group` digits from the right, padding with
/// zeros on the left up to `min_width` characters (separators included),
/// like CPython's `_PyUnicode_InsertThousandsGrouping`.
fn group_digits(digits: &str, min_width: i64, grouping: Option<(usize, char)>) -> String {
    let src: Vec<char> = digits.chars().collect();
    let mut remaining = src.len() as i64;
    let mut min_width = min_width;
    let mut rev: Vec<char> = Vec::new();
    let mut use_sep = false;
    let take = |l: i64, remaining: &mut i64, use_sep: bool, rev: &mut Vec<char>| {
        if use_sep {
            if let Some((_, sep)) = grouping {
                rev.push(sep);
            }
        }
        let n_chars = (*remaining).min(l).max(0);
        let n_zeros = (l - *remaining).max(0);
        for k in 0..n_chars {
            let idx = usize::try_from(*remaining - 1 - k).unwrap_or(0);
            rev.push(src.get(idx).copied().unwrap_or('0'));
        }
        rev.extend(std::iter::repeat_n(
            '0',
            usize::try_from(n_zeros).unwrap_or(0),
        ));
        *remaining -= n_chars;
    };
    let mut broke = false;
    if let Some((group, _)) = grouping {
        let group = group as i64;
        loop {
            let l = group.min(remaining.max(min_width).max(1));
            take(l, &mut remaining, use_sep, &mut rev);
            use_sep = true;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                broke = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broke {
        let l = remaining.max(min_width).max(1);
        take(l, &mut remaining, use_sep, &mut rev);
    }
    rev.into_iter().rev().collect()
}

/// Lays out a number like CPython's `calc_number_widths` + `fill_number`:
/// `<lpad><sign><prefix><spad><grouped digits><.><remainder><rpad>`.
pub(crate) fn render_number(
    parts: &NumberParts<'_>,
    opts: &NumberLayout,
) -> Result<String, FormatError> {
    let width = opts.width.unwrap_or(0);
    check_len(width)?;
    let width = width as i64;
    let sign = match opts.sign {
        Some(Sign::Plus) => Some(if parts.negative { '-' } else { '+' }),
        Some(Sign::Space) => Some(if parts.negative { '-' } else { ' ' }),
        _ => parts.negative.then_some('-'),
    };
    let n_prefix = parts.prefix.chars().count() as i64;
    let n_remainder = parts.remainder.chars().count() as i64;
    let n_non_digit = i64::from(sign.is_some()) + n_prefix + i64::from(parts.decimal) + n_remainder;
    let min_width = if opts.fill == '0' && opts.align == Align::AfterSign {
        width - n_non_digit
    } else {
        0
    };
    let mut grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, min_width, opts.grouping)
    };
    if opts.upper {
        grouped.make_ascii_uppercase();
    }
    let n_grouped = grouped.chars().count() as i64;
    let padding = (width - (n_non_digit + n_grouped)).max(0);
    let (lpad, spad, rpad) = match opts.align {
        Align::Left => (0, 0, padding),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
        Align::Right => (padding, 0, 0),
    };
    let pad = |n: i64| std::iter::repeat_n(opts.fill, usize::try_from(n).unwrap_or(0));
    let mut out = String::with_capacity(parts.digits.len() + parts.remainder.len() + 16);
    out.extend(pad(lpad));
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(parts.prefix);
    out.extend(pad(spad));
    out.push_str(&grouped);
    if parts.decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    out.extend(pad(rpad));
    Ok(out)
}

/// Pads `s` (already `nchars` characters) to `width` with `fill`.
pub(crate) fn pad_str(
    s: &str,
    nchars: usize,
    width: Option<usize>,
    align: Align,
    fill: char,
) -> Result<String, FormatError> {
    let width = width.unwrap_or(0);
    check_len(width)?;
    let total = width.max(nchars);
    let padding = total - nchars;
    let left = match align {
        Align::Right => padding,
        Align::Center => padding / 2,
        Align::Left | Align::AfterSign => 0,
    };
    let mut out = String::with_capacity(s.len() + padding);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, padding - left));
    Ok(out)
}
