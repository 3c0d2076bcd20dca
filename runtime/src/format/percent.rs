//! The core of `%`-formatting (`"..." % args`).
//!
//! The object layer is left with argument plumbing only:
//!
//! ```text
//! for piece in percent_pieces(template) {
//!     match piece? {
//!         PercentPiece::Literal(s) => out.push_str(s),
//!         PercentPiece::Spec(spec) => {
//!             // 1. spec.key: Some(k) => look k up in the mapping argument
//!             //    (TypeError "format requires a mapping" if there is none).
//!             // 2. PercentCount::Star width/precision: take the next int
//!             //    argument (TypeError "* wants int"); a negative width
//!             //    sets flags.left and uses its absolute value; a negative
//!             //    precision means 0.
//!             // 3. take the value (TypeError "not enough arguments for
//!             //    format string"), then by spec.conversion:
//!             //    's' | 'r' | 'a' => percent_format_str(&str()/repr()/ascii(), ..)
//!             //    'd' | 'i' | 'u' | 'o' | 'x' | 'X' => percent_format_int(..)
//!             //        (a float is truncated for d/i/u; o/x/X need an int)
//!             //    'e' | 'E' | 'f' | 'F' | 'g' | 'G' => percent_format_float(..)
//!             //    'c' => percent_format_char(int) or, for a 1-char str,
//!             //        percent_format_str(s, flags, width, None)
//!             //    _ => return Err(spec.unsupported_error()),
//!         }
//!     }
//! }
//! // then TypeError "not all arguments converted during string formatting"
//! // if a tuple argument was not used up.
//! ```

use num_bigint::{BigInt, Sign as BigSign};
use num_traits::ToPrimitive;

use super::number::double_to_string;
use super::{check_len, FormatError};

/// The flags of a `%` conversion.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct PercentFlags {
    /// `-`: left-adjust (pad on the right with spaces).
    pub left: bool,
    /// `+`: always a sign for numbers.
    pub plus: bool,
    /// ` `: a space before non-negative numbers.
    pub space: bool,
    /// `#`: alternate form (`0o`/`0x`/`0X` prefixes, keep the point).
    pub alternate: bool,
    /// `0`: zero padding for numbers (ignored for strings and with `-`).
    pub zero: bool,
}

/// A width or precision in a `%` conversion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PercentCount {
    /// Not given.
    Absent,
    /// Written as digits.
    Fixed(usize),
    /// `*`: taken from the next argument.
    Star,
}

/// One `%` conversion of a template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentSpec {
    /// `%(key)s`: the mapping key.
    pub key: Option<String>,
    /// Flags.
    pub flags: PercentFlags,
    /// Width.
    pub width: PercentCount,
    /// Precision (`%.f` is `Fixed(0)`).
    pub precision: PercentCount,
    /// The conversion character (unvalidated; see
    /// [`PercentSpec::unsupported_error`]).
    pub conversion: char,
    /// Index (in characters) of the conversion character in the template.
    pub index: usize,
}

impl PercentSpec {
    /// Whether [`PercentSpec::conversion`] is one `%`-formatting knows.
    pub fn is_supported(&self) -> bool {
        matches!(
            self.conversion,
            's' | 'r'
                | 'a'
                | 'd'
                | 'i'
                | 'u'
                | 'o'
                | 'x'
                | 'X'
                | 'e'
                | 'E'
                | 'f'
                | 'F'
                | 'g'
                | 'G'
                | 'c'
        )
    }

    /// `ValueError: unsupported format character 'q' (0x71) at index 1`,
    /// to raise (after taking the argument, like CPython) for a conversion
    /// that is not supported.
    pub fn unsupported_error(&self) -> FormatError {
        let cp = self.conversion as u32;
        let shown = if (31..=126).contains(&cp) {
            self.conversion
        } else {
            '?'
        };
        FormatError::value(format!(
            "unsupported format character '{shown}' ({cp:#x}) at index {}",
            self.index
        ))
    }
}

/// A piece of a `%` template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentPiece<'a> {
    /// Literal text (`%%` yields `"%"`).
    Literal(&'a str),
    /// A conversion.
    Spec(PercentSpec),
}

/// Iterator over the pieces of a `%` template; see [`percent_pieces`].
#[derive(Clone, Debug)]
pub struct PercentPieces<'a> {
    fmt: &'a str,
    pos: usize,
    char_index: usize,
    failed: bool,
}

/// Splits a `%` template into literal text and conversions, lazily, so that
/// errors come in the same order as CPython's (a malformed conversion is
/// reported only after the conversions before it have been formatted).
///
/// Errors (`ValueError`): `incomplete format`, `incomplete format key`,
/// `width too big`, `precision too big`.  After an error the iterator ends.
pub fn percent_pieces(fmt: &str) -> PercentPieces<'_> {
    PercentPieces {
        fmt,
        pos: 0,
        char_index: 0,
        failed: false,
    }
}

impl<'a> PercentPieces<'a> {
    fn peek(&self) -> Option<char> {
        self.fmt.get(self.pos..).and_then(|s| s.chars().next())
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        self.char_index += 1;
        Some(c)
    }

    fn incomplete() -> FormatError {
        FormatError::value("incomplete format")
    }

    /// Reads digits after `first`; returns the value and the next char.
    fn digits(
        &mut self,
        first: char,
        limit: u64,
        too_big: &str,
    ) -> Result<(usize, char), FormatError> {
        let mut value = u64::from(first as u32 - '0' as u32);
        loop {
            let c = self.bump().ok_or_else(Self::incomplete)?;
            let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit()) else {
                let v = usize::try_from(value).map_err(|_| FormatError::value(too_big))?;
                return Ok((v, c));
            };
            if value > (limit - u64::from(d)) / 10 {
                return Err(FormatError::value(too_big));
            }
            value = value * 10 + u64::from(d);
        }
    }

    fn parse_spec(&mut self) -> Result<PercentPiece<'a>, FormatError> {
        // We are just after the '%'.
        let mut key = None;
        if self.peek() == Some('(') {
            self.bump();
            let start = self.pos;
            let mut depth = 1usize;
            let mut end = None;
            while let Some(c) = self.bump() {
                match c {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            end = Some(self.pos - 1);
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let end = end.ok_or_else(|| FormatError::value("incomplete format key"))?;
            key = Some(self.fmt.get(start..end).unwrap_or("").to_string());
        }
        let mut flags = PercentFlags::default();
        let mut c = loop {
            let c = self.bump().ok_or_else(Self::incomplete)?;
            match c {
                '-' => flags.left = true,
                '+' => flags.plus = true,
                ' ' => flags.space = true,
                '#' => flags.alternate = true,
                '0' => flags.zero = true,
                _ => break c,
            }
        };
        let mut width = PercentCount::Absent;
        if c == '*' {
            width = PercentCount::Star;
            c = self.bump().ok_or_else(Self::incomplete)?;
        } else if c.is_ascii_digit() {
            let (w, next) = self.digits(c, isize::MAX as u64, "width too big")?;
            width = PercentCount::Fixed(w);
            c = next;
        }
        let mut precision = PercentCount::Absent;
        if c == '.' {
            precision = PercentCount::Fixed(0);
            c = self.bump().ok_or_else(Self::incomplete)?;
            if c == '*' {
                precision = PercentCount::Star;
                c = self.bump().ok_or_else(Self::incomplete)?;
            } else if c.is_ascii_digit() {
                let (p, next) = self.digits(c, i32::MAX as u64, "precision too big")?;
                precision = PercentCount::Fixed(p);
                c = next;
            }
        }
        if matches!(c, 'h' | 'l' | 'L') {
            c = self.bump().ok_or_else(Self::incomplete)?;
        }
        Ok(PercentPiece::Spec(PercentSpec {
            key,
            flags,
            width,
            precision,
            conversion: c,
            index: self.char_index - 1,
        }))
    }
}

impl<'a> Iterator for PercentPieces<'a> {
    type Item = Result<PercentPiece<'a>, FormatError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let rest = self.fmt.get(self.pos..)?;
        if rest.is_empty() {
            return None;
        }
        match rest.find('%') {
            Some(0) => {}
            found => {
                let len = found.unwrap_or(rest.len());
                let lit = rest.get(..len).unwrap_or("");
                self.pos += len;
                self.char_index += lit.chars().count();
                return Some(Ok(PercentPiece::Literal(lit)));
            }
        }
        self.bump();
        if self.peek() == Some('%') {
            self.bump();
            return Some(Ok(PercentPiece::Literal("%")));
        }
        let r = self.parse_spec();
        if r.is_err() {
            self.failed = true;
        }
        Some(r)
    }
}

/// Pads a converted value like CPython's `unicode_format_arg_output`.
/// `numeric`: sign handling and zero padding apply; `alt_prefix`: the body
/// has a two-character `0x`/`0o` prefix after its sign that stays in front
/// of zero padding.
fn output(
    body: &str,
    numeric: bool,
    alt_prefix: bool,
    flags: PercentFlags,
    width: Option<usize>,
) -> Result<String, FormatError> {
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    let mut rest = body;
    let mut sign = None;
    if numeric {
        if let Some(c) = rest.chars().next().filter(|c| matches!(c, '-' | '+' | ' ')) {
            sign = Some(c);
            rest = rest.get(1..).unwrap_or("");
        } else if flags.plus {
            sign = Some('+');
        } else if flags.space {
            sign = Some(' ');
        }
    }
    let mut prefix = "";
    if alt_prefix {
        if let (Some(p), Some(r)) = (rest.get(..2), rest.get(2..)) {
            prefix = p;
            rest = r;
        }
    }
    let len = rest.chars().count();
    let width = width.unwrap_or(0);
    check_len(width)?;
    let used = len + usize::from(sign.is_some()) + prefix.len();
    let padding = width.saturating_sub(used);
    let mut out = String::with_capacity(body.len() + padding);
    let push_head = |out: &mut String| {
        if let Some(s) = sign {
            out.push(s);
        }
        out.push_str(prefix);
    };
    if flags.left {
        // Left-adjusted: padding (always spaces) goes on the right.
        push_head(&mut out);
        out.push_str(rest);
        out.extend(std::iter::repeat_n(' ', padding));
    } else if fill == '0' {
        push_head(&mut out);
        out.extend(std::iter::repeat_n('0', padding));
        out.push_str(rest);
    } else {
        out.extend(std::iter::repeat_n(' ', padding));
        push_head(&mut out);
        out.push_str(rest);
    }
    Ok(out)
}

fn bad_conversion(conversion: char) -> FormatError {
    FormatError::value(format!(
        "unsupported format character '{}' ({:#x})",
        if (31..=126).contains(&(conversion as u32)) {
            conversion
        } else {
            '?'
        },
        conversion as u32
    ))
}

/// `%d`, `%i`, `%u`, `%o`, `%x`, `%X` of an int.
///
/// * `precision`: minimum number of digits (zero-filled after the sign and
///   prefix): `'%.3d' % -5 == '-005'`.
/// * `flags.alternate`: `0o`, `0x`, `0X` prefix for `o`, `x`, `X`.
/// * `width`: minimum width; `flags.zero` pads with zeros after the sign and
///   prefix, `flags.left` pads on the right with spaces.
///
/// Another `conversion` is a caller bug and gives a `ValueError`.
pub fn percent_format_int(
    v: &BigInt,
    conversion: char,
    flags: PercentFlags,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<String, FormatError> {
    let (base, prefix) = match conversion {
        'd' | 'i' | 'u' => (10, ""),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        other => return Err(bad_conversion(other)),
    };
    let mut digits = v.magnitude().to_str_radix(base);
    if conversion == 'X' {
        digits.make_ascii_uppercase();
    }
    let precision = precision.unwrap_or(0);
    check_len(precision)?;
    let zeros = precision.saturating_sub(digits.len());
    let prefix = if flags.alternate { prefix } else { "" };
    let mut body = String::with_capacity(digits.len() + zeros + 3);
    if v.sign() == BigSign::Minus {
        body.push('-');
    }
    body.push_str(prefix);
    body.extend(std::iter::repeat_n('0', zeros));
    body.push_str(&digits);
    output(&body, true, !prefix.is_empty(), flags, width)
}

/// `%e`, `%E`, `%f`, `%F`, `%g`, `%G` of a float (the caller converts ints
/// and objects with `__float__`).  `precision` defaults to 6;
/// `flags.alternate` keeps the point (and, for `g`, trailing zeros).
///
/// Another `conversion` is a caller bug and gives a `ValueError`.
pub fn percent_format_float(
    x: f64,
    conversion: char,
    flags: PercentFlags,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<String, FormatError> {
    if !matches!(conversion, 'e' | 'E' | 'f' | 'F' | 'g' | 'G') {
        return Err(bad_conversion(conversion));
    }
    let precision = precision.unwrap_or(6);
    if precision > i32::MAX as usize {
        return Err(FormatError::value("precision too big"));
    }
    let body = double_to_string(x, conversion, precision, flags.alternate, false)?;
    output(&body, true, false, flags, width)
}

/// `%c` of an int: the character with that code point.
/// `OverflowError: %c arg not in range(0x110000)` outside that range.
/// (For a one-character `str` argument use [`percent_format_str`] with no
/// precision; the caller raises `TypeError: %c requires int or char` for
/// anything else.)  Surrogate code points cannot be represented in a Rust
/// string and give a `ValueError`.
pub fn percent_format_char(
    v: &BigInt,
    flags: PercentFlags,
    width: Option<usize>,
) -> Result<String, FormatError> {
    let cp = v
        .to_u32()
        .filter(|&cp| cp <= 0x10ffff)
        .ok_or_else(|| FormatError::overflow("%c arg not in range(0x110000)"))?;
    let c = char::from_u32(cp).ok_or_else(|| {
        FormatError::value("%c arg is a surrogate code point, which is not supported")
    })?;
    let mut buf = [0u8; 4];
    output(c.encode_utf8(&mut buf), false, false, flags, width)
}

/// `%s`, `%r`, `%a` once the caller has applied `str()`, `repr()` or
/// `ascii()`: `precision` truncates to that many characters, `width` pads
/// with spaces (on the right with `flags.left`); other flags are ignored.
pub fn percent_format_str(
    s: &str,
    flags: PercentFlags,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<String, FormatError> {
    let text = match precision.and_then(|p| s.char_indices().nth(p)) {
        Some((end, _)) => s.get(..end).unwrap_or(s),
        None => s,
    };
    output(text, false, false, flags, width)
}
