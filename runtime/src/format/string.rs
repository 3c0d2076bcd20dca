//! `format(str, spec)`.

use super::number::pad_str;
use super::spec::{check_grouping, unknown_code, Align, FormatSpec, Sign};
use super::FormatError;

/// `format(s, spec)` for a `str`.  See [`format_str_typed`].
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    format_str_typed(s, spec, "str")
}

/// `format(s, spec)` for a `str` (or subclass: `type_name` appears in the
/// `Unknown format code` message).  Only type `s` (the default); precision
/// truncates to that many characters, width counts characters, default
/// alignment is left.
pub fn format_str_typed(
    s: &str,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('s');
    check_grouping(spec.grouping, Some(ty))?;
    if ty != 's' {
        return Err(unknown_code(ty, type_name));
    }
    match spec.sign {
        Some(Sign::Space) => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let (fill, align) = spec.fill_align(Align::Left);
    if align == Align::AfterSign {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let (text, nchars) = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((end, _)) => (s.get(..end).unwrap_or(s), p),
            None => (s, s.chars().count()),
        },
        None => (s, s.chars().count()),
    };
    pad_str(text, nchars, spec.width, align, fill)
}
