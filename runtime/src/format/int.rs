//! Integer formatting: `format(int, spec)`, `bin`/`oct`/`hex`, and the
//! correctly rounded int-to-float conversion used by float presentation
//! types.

use num_bigint::{BigInt, BigUint, Sign as BigSign};
use num_traits::{ToPrimitive, Zero};

use super::float::format_float_with;
use super::hexfloat::compose_f64;
use super::number::{render_number, NumberLayout, NumberParts};
use super::spec::{check_grouping, unknown_code, Align, FormatSpec, Sign};
use super::FormatError;

/// `int_to_str_radix(-31, 16) == Some("-1f")`: lowercase digits, no prefix.
/// `None` when `radix` is not in `2..=36`.
pub fn int_to_str_radix(v: &BigInt, radix: u32) -> Option<String> {
    if !(2..=36).contains(&radix) {
        return None;
    }
    Some(v.to_str_radix(radix))
}

fn with_prefix(v: &BigInt, radix: u32, prefix: &str) -> String {
    let digits = v.magnitude().to_str_radix(radix);
    let sign = if v.sign() == BigSign::Minus { "-" } else { "" };
    format!("{sign}{prefix}{digits}")
}

/// Python's `bin(v)`: `-0b101`.
pub fn int_to_bin(v: &BigInt) -> String {
    with_prefix(v, 2, "0b")
}

/// Python's `oct(v)`: `-0o17`.
pub fn int_to_oct(v: &BigInt) -> String {
    with_prefix(v, 8, "0o")
}

/// Python's `hex(v)`: `-0x1f`.
pub fn int_to_hex(v: &BigInt) -> String {
    with_prefix(v, 16, "0x")
}

/// `float(v)` for an int, correctly rounded (half to even).  `None` when
/// the value is too large (`OverflowError: int too large to convert to
/// float`).
pub fn bigint_to_f64(v: &BigInt) -> Option<f64> {
    let mag: &BigUint = v.magnitude();
    let neg = v.sign() == BigSign::Minus;
    if mag.is_zero() {
        return Some(0.0);
    }
    let bits = mag.bits();
    let (top, shift, sticky) = if bits <= 128 {
        (mag.to_u128()?, 0u64, false)
    } else {
        let shift = bits - 128;
        let top = (mag >> shift).to_u128()?;
        let sticky = mag.trailing_zeros().is_some_and(|tz| tz < shift);
        (top, shift, sticky)
    };
    let exp = i64::try_from(shift).ok()?;
    let x = compose_f64(top, exp, sticky)?;
    Some(if neg { -x } else { x })
}

/// `format(v, spec)` for an `int`.  See [`format_int_typed`].
pub fn format_int(v: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    format_int_typed(v, spec, "int")
}

/// `format(v, spec)` for an `int` (or `bool`/subclass: `type_name` appears
/// in the `Unknown format code` message).
///
/// Types `b`, `c`, `d`, `o`, `x`, `X`, `n` (like `d`, C locale) and none;
/// `e`, `E`, `f`, `F`, `g`, `G`, `%` convert to float first.
pub fn format_int_typed(
    v: &BigInt,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    let grouping = check_grouping(spec.grouping, Some(ty))?;
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        'd' | 'n' | 'c' => (10, ""),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = bigint_to_f64(v)
                .ok_or_else(|| FormatError::overflow("int too large to convert to float"))?;
            return format_float_with(x, spec, Some(ty), type_name);
        }
        other => return Err(unknown_code(other, type_name)),
    };
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    let (fill, align) = spec.fill_align(Align::Right);
    let mut layout = NumberLayout {
        fill,
        align,
        sign: spec.sign,
        width: spec.width,
        grouping,
        upper: ty == 'X',
    };

    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let cp = v
            .to_i64()
            .ok_or_else(|| FormatError::overflow("Python int too large to convert to C long"))?;
        if !(0..=0x10ffff).contains(&cp) {
            return Err(FormatError::overflow("%c arg not in range(0x110000)"));
        }
        let c = u32::try_from(cp)
            .ok()
            .and_then(char::from_u32)
            .ok_or_else(|| {
                FormatError::value("%c arg is a surrogate code point, which is not supported")
            })?;
        let mut buf = [0u8; 4];
        let s: &str = c.encode_utf8(&mut buf);
        layout.sign = None;
        // CPython treats the character as a "remainder": no digits.
        return render_number(
            &NumberParts {
                negative: false,
                prefix: "",
                digits: "",
                decimal: false,
                remainder: s,
            },
            &layout,
        );
    }

    let digits = v.magnitude().to_str_radix(base);
    let prefix = if spec.alternate { prefix } else { "" };
    if ty == 'n' {
        layout.grouping = None;
    }
    if layout.sign == Some(Sign::Minus) {
        layout.sign = None;
    }
    render_number(
        &NumberParts {
            negative: v.sign() == BigSign::Minus,
            prefix,
            digits: &digits,
            decimal: false,
            remainder: "",
        },
        &layout,
    )
}
