//! `format(float, spec)`.

use super::number::{double_to_string, render_number, NumberLayout, NumberParts};
use super::spec::{check_grouping, unknown_code, Align, FormatSpec};
use super::FormatError;

/// `format(x, spec)` for a `float`.  See [`format_float_typed`].
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    format_float_typed(x, spec, "float")
}

/// `format(x, spec)` for a `float` (or subclass: `type_name` appears in the
/// `Unknown format code` message).
///
/// Types `e`, `E`, `f`, `F`, `g`, `G`, `n` (like `g`, C locale), `%`, and
/// none: like `repr` without a precision, like `g` with at least one digit
/// after the point (and an exponent from `precision - 1` on) with one.
pub fn format_float_typed(
    x: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    format_float_with(x, spec, spec.ty, type_name)
}

/// Shared by float and int (int with a float presentation type).
pub(crate) fn format_float_with(
    x: f64,
    spec: &FormatSpec,
    ty: Option<char>,
    type_name: &str,
) -> Result<String, FormatError> {
    let grouping = check_grouping(spec.grouping, ty)?;
    if let Some(t) = ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return Err(unknown_code(t, type_name));
        }
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::value("precision too big"));
    }

    let mut add_dot_0 = false;
    let mut default_precision = 6;
    let mut code = match ty {
        None => {
            add_dot_0 = true;
            default_precision = 0;
            'r'
        }
        Some('n') => 'g',
        Some(t) => t,
    };
    let mut val = x;
    let mut percent = false;
    if code == '%' {
        code = 'f';
        val *= 100.0;
        percent = true;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    let mut body = double_to_string(val, code, precision, spec.alternate, add_dot_0)?;
    if percent {
        body.push('%');
    }

    let (negative, unsigned) = match body.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, body.as_str()),
    };
    let n_int = unsigned.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = unsigned.split_at(n_int);
    let (decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let (fill, align) = spec.fill_align(Align::Right);
    render_number(
        &NumberParts {
            negative,
            prefix: "",
            digits,
            decimal,
            remainder,
        },
        &NumberLayout {
            fill,
            align,
            sign: spec.sign,
            width: spec.width,
            grouping: if ty == Some('n') { None } else { grouping },
            upper: false,
        },
    )
}
