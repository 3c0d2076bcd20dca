//! The format-spec mini-language:
//! `[[fill]align][sign][#][0][width][grouping][.precision][type]`.

use super::unicode::decimal_value;
use super::FormatError;

/// Alignment of a format spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: padding goes between the sign (and prefix) and the digits.
    AfterSign,
}

impl Align {
    fn from_char(c: char) -> Option<Align> {
        match c {
            '<' => Some(Align::Left),
            '>' => Some(Align::Right),
            '^' => Some(Align::Center),
            '=' => Some(Align::AfterSign),
            _ => None,
        }
    }
}

/// Sign option of a format spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sign {
    /// `+`: always a sign.
    Plus,
    /// `-`: a sign only for negative numbers (the default behaviour).
    Minus,
    /// ` `: a space for non-negative numbers.
    Space,
}

/// Thousands grouping option of a format spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Grouping {
    /// `,`
    Comma,
    /// `_` (every 3 digits for decimal, every 4 for `b`/`o`/`x`/`X`).
    Underscore,
}

impl Grouping {
    pub(crate) fn as_char(self) -> char {
        match self {
            Grouping::Comma => ',',
            Grouping::Underscore => '_',
        }
    }
}

/// A parsed format spec.  Options that were not written are `None`/`false`;
/// each formatter applies its own defaults (numbers align right, strings
/// left, the default type depends on the object).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// Explicit fill character (only possible together with an alignment).
    pub fill: Option<char>,
    /// Explicit alignment.
    pub align: Option<Align>,
    /// Sign option.
    pub sign: Option<Sign>,
    /// `#`: alternate form.
    pub alternate: bool,
    /// The `0` flag (only recognised when no explicit fill was given): fill
    /// with `'0'`, and use `=` alignment unless an alignment was given.
    pub zero: bool,
    /// Minimum width in characters.
    pub width: Option<usize>,
    /// Thousands grouping.
    pub grouping: Option<Grouping>,
    /// Precision.
    pub precision: Option<usize>,
    /// Presentation type character.
    pub ty: Option<char>,
}

/// Reads a run of (Unicode) decimal digits, like CPython's `get_integer`.
/// Returns the value and the number of digits consumed.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<(usize, usize), FormatError> {
    let mut value: u64 = 0;
    let mut consumed = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        // The limit is Py_ssize_t's maximum.
        let limit = i64::MAX as u64;
        if value > (limit - u64::from(d)) / 10 {
            return Err(FormatError::value(
                "Too many decimal digits in format string",
            ));
        }
        value = value * 10 + u64::from(d);
        *pos += 1;
        consumed += 1;
    }
    let value = usize::try_from(value)
        .map_err(|_| FormatError::value("Too many decimal digits in format string"))?;
    Ok((value, consumed))
}

impl FormatSpec {
    /// Parses a format spec, reporting CPython's errors for a malformed one
    /// (`Invalid format specifier`, `Format specifier missing precision`,
    /// `Cannot specify both ',' and '_'.`, `Too many decimal digits in
    /// format string`).  Checks that depend on the presentation type are
    /// done by the formatters.
    pub fn parse(spec: &str) -> Result<FormatSpec, FormatError> {
        let chars: Vec<char> = spec.chars().collect();
        let mut out = FormatSpec::default();
        let mut pos = 0;

        // [[fill]align]
        if let Some(align) = chars.get(1).and_then(|&c| Align::from_char(c)) {
            out.fill = chars.first().copied();
            out.align = Some(align);
            pos = 2;
        } else if let Some(align) = chars.first().and_then(|&c| Align::from_char(c)) {
            out.align = Some(align);
            pos = 1;
        }

        // [sign]
        match chars.get(pos) {
            Some('+') => out.sign = Some(Sign::Plus),
            Some('-') => out.sign = Some(Sign::Minus),
            Some(' ') => out.sign = Some(Sign::Space),
            _ => {}
        }
        if out.sign.is_some() {
            pos += 1;
        }

        // [#]
        if chars.get(pos) == Some(&'#') {
            out.alternate = true;
            pos += 1;
        }

        // [0]
        if out.fill.is_none() && chars.get(pos) == Some(&'0') {
            out.zero = true;
            pos += 1;
        }

        // [width]
        let (width, consumed) = get_integer(&chars, &mut pos)?;
        if consumed > 0 {
            out.width = Some(width);
        }

        // [grouping]
        if chars.get(pos) == Some(&',') {
            out.grouping = Some(Grouping::Comma);
            pos += 1;
        }
        if chars.get(pos) == Some(&'_') {
            if out.grouping.is_some() {
                return Err(FormatError::value("Cannot specify both ',' and '_'."));
            }
            out.grouping = Some(Grouping::Underscore);
            pos += 1;
        }
        if chars.get(pos) == Some(&',') && out.grouping == Some(Grouping::Underscore) {
            return Err(FormatError::value("Cannot specify both ',' and '_'."));
        }

        // [.precision]
        if chars.get(pos) == Some(&'.') {
            pos += 1;
            let (precision, consumed) = get_integer(&chars, &mut pos)?;
            if consumed == 0 {
                return Err(FormatError::value("Format specifier missing precision"));
            }
            out.precision = Some(precision);
        }

        // [type]
        let rest = chars.get(pos..).unwrap_or(&[]);
        match rest {
            [] => {}
            [ty] => out.ty = Some(*ty),
            _ => return Err(FormatError::value("Invalid format specifier")),
        }
        Ok(out)
    }

    /// Fill character and alignment after applying the `0` flag and the
    /// object's default alignment.
    pub(crate) fn fill_align(&self, default: Align) -> (char, Align) {
        let fill = self.fill.unwrap_or(if self.zero { '0' } else { ' ' });
        let align = self
            .align
            .unwrap_or(if self.zero { Align::AfterSign } else { default });
        (fill, align)
    }
}

/// Renders a presentation type for an error message the way CPython does:
/// `'d'` for printable ASCII, `'\x1'`-style hex otherwise.
pub(crate) fn quoted_type(ty: char) -> String {
    let cp = ty as u32;
    if cp > 32 && cp < 128 {
        format!("'{ty}'")
    } else {
        format!("'\\x{cp:x}'")
    }
}

/// `Unknown format code 'q' for object of type 'int'`.
pub(crate) fn unknown_code(ty: char, type_name: &str) -> FormatError {
    let name: String = type_name.chars().take(200).collect();
    FormatError::value(format!(
        "Unknown format code {} for object of type '{name}'",
        quoted_type(ty)
    ))
}

/// Checks the grouping option against the (defaulted) presentation type.
/// `ty` is `None` for a float without a type.  Returns the group size.
pub(crate) fn check_grouping(
    grouping: Option<Grouping>,
    ty: Option<char>,
) -> Result<Option<(usize, char)>, FormatError> {
    let Some(g) = grouping else {
        return Ok(None);
    };
    match ty {
        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(Some((3, g.as_char()))),
        Some('b' | 'o' | 'x' | 'X') if g == Grouping::Underscore => Ok(Some((4, '_'))),
        Some(t) => Err(FormatError::value(format!(
            "Cannot specify '{}' with {}.",
            g.as_char(),
            quoted_type(t)
        ))),
    }
}
