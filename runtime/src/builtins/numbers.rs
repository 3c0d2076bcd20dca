//! Methods of int, float and complex that are not operators:
//! `int.to_bytes`/`from_bytes`, `as_integer_ratio`, `conjugate` and the
//! rounding protocol (`__trunc__`, `__floor__`, `__ceil__`, `__round__`).

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{PyResult, Vm};

use super::{add_methods, add_methods_kind};

/// Larger results are refused with MemoryError rather than attempted.
const MAX_ALLOC: usize = 1 << 34;

fn int_self(vm: &mut Vm, a: &Args<'_>) -> PyResult<BigInt> {
    let v = &a.pos()[0];
    int_as_bigint(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'int' object but received a '{}'",
            v.ty().name()
        ))
    })
}

fn float_self(vm: &mut Vm, a: &Args<'_>) -> PyResult<f64> {
    let v = &a.pos()[0];
    float_of(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'float' object but received a '{}'",
            v.ty().name()
        ))
    })
}

fn no_args(vm: &mut Vm, a: &Args<'_>, name: &str) -> PyResult<()> {
    let n = a.pos().len() - 1;
    if n != 0 || a.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// `(length, byteorder, signed)` / `(bytes, byteorder, signed)` arguments.
fn bytes_args(
    vm: &mut Vm,
    a: &Args<'_>,
    fname: &str,
    first: &str,
) -> PyResult<(Value, bool, bool)> {
    let pos = &a.pos()[1..];
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 2 positional arguments ({} given)",
            pos.len()
        )));
    }
    let mut slots = [pos.first().cloned(), pos.get(1).cloned()];
    let mut signed = None;
    for (k, v) in a.kwnames.iter().zip(a.kwvalues()) {
        match k.as_str() {
            Some(n) if n == first && slots[0].is_none() => slots[0] = Some(v.clone()),
            Some("byteorder") if slots[1].is_none() => slots[1] = Some(v.clone()),
            Some("signed") => signed = Some(v.clone()),
            Some(n) if n == first || n == "byteorder" => {
                let p = if n == first { 1 } else { 2 };
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{n}') and position ({p})"
                )));
            }
            other => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {fname}()",
                    other.unwrap_or("")
                )))
            }
        }
    }
    let [Some(x), order] = slots else {
        return Err(vm.type_error(format!(
            "{fname}() missing required argument '{first}' (pos 1)"
        )));
    };
    let Some(order) = order else {
        return Err(vm.type_error(format!(
            "{fname}() missing required argument 'byteorder' (pos 2)"
        )));
    };
    let little = match order.as_str() {
        Some("little") => true,
        Some("big") => false,
        Some(_) => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => {
            return Err(vm.type_error(format!(
                "{fname}() argument 'byteorder' must be str, not {}",
                order.ty().name()
            )))
        }
    };
    let signed = match signed {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    Ok((x, little, signed))
}

/// Two's-complement bytes of `i` in exactly `length` bytes, little-endian;
/// None when it does not fit.
pub fn int_to_le_bytes(i: &BigInt, length: usize, signed: bool) -> Option<Vec<u8>> {
    let fits = if signed {
        // 0 and -1 need no bytes at all; others a sign bit too.
        let magnitude_bits = if i.is_negative() {
            (-i - 1u8).bits()
        } else {
            i.bits()
        };
        magnitude_bits == 0 || magnitude_bits < 8 * length as u64
    } else {
        !i.is_negative() && i.bits() <= 8 * length as u64
    };
    if !fits {
        return None;
    }
    let mut out = if i.is_negative() {
        let modulus = BigInt::from(1u8) << (8 * length);
        (modulus + i).to_bytes_le().1
    } else {
        i.to_bytes_le().1
    };
    if i.is_zero() {
        out.clear();
    }
    out.resize(length, if i.is_negative() { 0xff } else { 0 });
    Some(out)
}

fn int_to_bytes(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let i = int_self(vm, &a)?;
    let (length, little, signed) = bytes_args(vm, &a, "to_bytes", "length")?;
    let length = vm.index_value(&length)?;
    if length.is_negative() {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let length = match length.to_usize() {
        Some(n) if n <= MAX_ALLOC => n,
        _ => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    };
    if !signed && i.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let Some(mut out) = int_to_le_bytes(&i, length, signed) else {
        return Err(vm.overflow_error("int too big to convert"));
    };
    if !little {
        out.reverse();
    }
    Ok(new_bytes(out))
}

fn int_from_bytes(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.pos()[0].clone();
    let (src, little, signed) = bytes_args(vm, &a, "from_bytes", "bytes")?;
    let mut data = super::bytes::bytes_from_object(vm, &src)?;
    if !little {
        data.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &data)
    };
    let v = new_bigint(n);
    match cls.as_type() {
        Some(t) if std::ptr::eq(t, &INT_TYPE) => Ok(v),
        _ => vm.call(&cls, &[v], &[]),
    }
}

/// `int(self)` as a plain int (bools and subclasses lose their type).
fn int_plain(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let i = int_self(vm, &a)?;
    no_args(vm, &a, "__int__")?;
    Ok(new_bigint(i))
}

fn int_as_integer_ratio(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let i = int_self(vm, &a)?;
    no_args(vm, &a, "as_integer_ratio")?;
    Ok(new_tuple(vec![new_bigint(i), Value::small_int(1)]))
}

/// `round(i, ndigits)` for ints: half-even at `10**-ndigits`.
pub fn round_int(i: &BigInt, ndigits: &BigInt) -> BigInt {
    if !ndigits.is_negative() {
        return i.clone();
    }
    let digits = i.magnitude().to_string().len() as u64;
    let shift = ndigits.magnitude().to_u64().unwrap_or(u64::MAX);
    if shift > digits {
        return BigInt::zero();
    }
    let pw = num_traits::pow(BigInt::from(10u8), shift as usize);
    let (q, r) = i.div_mod_floor(&pw);
    let twice = &r * 2u8;
    let q = if twice > pw || (twice == pw && q.is_odd()) {
        q + 1u8
    } else {
        q
    };
    q * pw
}

fn int_round(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let i = int_self(vm, &a)?;
    let p = a.pos();
    if p.len() > 2 || a.has_kwargs() {
        return Err(vm.type_error(format!(
            "__round__ expected at most 1 argument, got {}",
            p.len() - 1
        )));
    }
    match p.get(1) {
        None => Ok(new_bigint(i)),
        Some(nd) => {
            let nd = vm.index_value(nd)?;
            Ok(new_bigint(round_int(&i, &nd)))
        }
    }
}

fn float_trunc(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = float_self(vm, &a)?;
    no_args(vm, &a, "__trunc__")?;
    super::repr::float_to_int(vm, f)
}

fn float_round(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = float_self(vm, &a)?;
    let p = a.pos();
    if p.len() > 2 || a.has_kwargs() {
        return Err(vm.type_error(format!(
            "__round__ expected at most 1 argument, got {}",
            p.len() - 1
        )));
    }
    match p.get(1).filter(|n| !n.is_none()) {
        None => super::repr::float_to_int(vm, f.round_ties_even()),
        Some(nd) => {
            let nd = vm.index_value(nd)?;
            let n = nd.to_i32().unwrap_or(if nd.is_negative() {
                i32::MIN / 2
            } else {
                i32::MAX / 2
            });
            Ok(new_float(super::functions::round_float(f, n)))
        }
    }
}

fn float_conjugate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = float_self(vm, &a)?;
    no_args(vm, &a, "conjugate")?;
    Ok(new_float(f))
}

fn float_float(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = float_self(vm, &a)?;
    no_args(vm, &a, "__float__")?;
    Ok(new_float(f))
}

fn complex_conjugate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = &a.pos()[0];
    let Some(c) = v.downcast::<ComplexData>() else {
        return Err(vm.type_error(format!(
            "descriptor 'conjugate' requires a 'complex' object but received a '{}'",
            v.ty().name()
        )));
    };
    let (re, im) = (c.re, c.im);
    no_args(vm, &a, "conjugate")?;
    Ok(new_complex(re, -im))
}

pub fn register() {
    add_methods(
        &INT_TYPE,
        &[
            ("to_bytes", int_to_bytes),
            ("as_integer_ratio", int_as_integer_ratio),
            ("__trunc__", int_plain),
            ("__floor__", int_plain),
            ("__ceil__", int_plain),
            ("__round__", int_round),
        ],
    );
    add_methods_kind(
        &INT_TYPE,
        &[("from_bytes", int_from_bytes)],
        BuiltinKind::ClassMethod,
    );
    // float.__floor__/__ceil__ arrived in 3.9; 3.8 has only these.
    add_methods(
        &FLOAT_TYPE,
        &[
            ("conjugate", float_conjugate),
            ("__trunc__", float_trunc),
            ("__round__", float_round),
            ("__float__", float_float),
        ],
    );
    add_methods(&COMPLEX_TYPE, &[("conjugate", complex_conjugate)]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn to_bytes_edges() {
        let b = |i: i64| BigInt::from(i);
        assert_eq!(int_to_le_bytes(&b(0), 0, false), Some(vec![]));
        assert_eq!(int_to_le_bytes(&b(-1), 0, true), Some(vec![]));
        assert_eq!(int_to_le_bytes(&b(1), 0, true), None);
        assert_eq!(int_to_le_bytes(&b(-128), 1, true), Some(vec![0x80]));
        assert_eq!(int_to_le_bytes(&b(-129), 1, true), None);
        assert_eq!(int_to_le_bytes(&b(128), 1, true), None);
        assert_eq!(int_to_le_bytes(&b(255), 1, false), Some(vec![0xff]));
        assert_eq!(int_to_le_bytes(&b(-2), 2, true), Some(vec![0xfe, 0xff]));
        assert_eq!(int_to_le_bytes(&b(256), 1, false), None);
    }

    #[test]
    fn round_half_even() {
        let b = |i: i64| BigInt::from(i);
        assert_eq!(round_int(&b(1250), &b(-2)), b(1200));
        assert_eq!(round_int(&b(1350), &b(-2)), b(1400));
        assert_eq!(round_int(&b(-1250), &b(-2)), b(-1200));
        assert_eq!(round_int(&b(15), &b(-1)), b(20));
        assert_eq!(round_int(&b(5), &b(-1)), b(0));
        assert_eq!(round_int(&b(99), &b(-5)), b(0));
    }
}
