//! Comparisons between builtin values (no Python code runs for numbers and
//! strings; containers compare element-wise through the VM).

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cmp::Ordering;

use crate::bytecode::CompareOp;
use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{PyResult, Vm};

fn apply(op: CompareOp, o: Ordering) -> bool {
    match op {
        CompareOp::Lt => o == Ordering::Less,
        CompareOp::Le => o != Ordering::Greater,
        CompareOp::Eq => o == Ordering::Equal,
        CompareOp::Ne => o != Ordering::Equal,
        CompareOp::Gt => o == Ordering::Greater,
        CompareOp::Ge => o != Ordering::Less,
        _ => false,
    }
}

/// Compares an int with a float exactly (as CPython does).
fn cmp_int_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    let fi = BigInt::from(fl as i128);
    let fi = if fl.abs() < 1e38 {
        fi
    } else {
        num_bigint::BigInt::parse_bytes(format!("{fl:.0}").as_bytes(), 10).unwrap_or(fi)
    };
    match i.cmp(&fi) {
        Ordering::Equal => {
            if f > fl {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

/// Rich comparison of two builtin values; None when unsupported (so the
/// caller falls back to identity for ==/!= or raises TypeError).
pub fn builtin_compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<bool>> {
    if let Some(r) = builtin_compare_strict(vm, a, b, op)? {
        return Ok(Some(r));
    }
    match op {
        CompareOp::Eq => Ok(Some(a.is(b))),
        CompareOp::Ne => Ok(Some(!a.is(b))),
        _ => Ok(None),
    }
}

/// Comparison by the operands' builtin layouts; None when the layouts do
/// not support `op` between them (the `NotImplemented` case).
pub fn builtin_compare_strict(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: CompareOp,
) -> PyResult<Option<bool>> {
    let la = a.ty().layout;
    let lb = b.ty().layout;
    let is_num = |l: Layout| matches!(l, Layout::Int | Layout::Bool | Layout::Float);
    if is_num(la) && is_num(lb) {
        let r = match (float_of(a), float_of(b)) {
            (Some(x), Some(y)) => x.partial_cmp(&y),
            (Some(x), None) => {
                cmp_int_float(&int_as_bigint(b).unwrap_or_default(), x).map(Ordering::reverse)
            }
            (None, Some(y)) => cmp_int_float(&int_as_bigint(a).unwrap_or_default(), y),
            (None, None) => match (int_as_i64(a), int_as_i64(b)) {
                (Some(x), Some(y)) => Some(x.cmp(&y)),
                _ => Some(
                    int_as_bigint(a)
                        .unwrap_or_default()
                        .cmp(&int_as_bigint(b).unwrap_or_default()),
                ),
            },
        };
        return Ok(Some(match r {
            Some(o) => apply(op, o),
            None => op == CompareOp::Ne,
        }));
    }
    if la == Layout::Complex || lb == Layout::Complex {
        let ca = a
            .downcast::<ComplexData>()
            .map(|c| (c.re, c.im))
            .or_else(|| float_of(a).map(|f| (f, 0.0)))
            .or_else(|| int_as_bigint(a).and_then(|i| i.to_f64()).map(|f| (f, 0.0)));
        let cb = b
            .downcast::<ComplexData>()
            .map(|c| (c.re, c.im))
            .or_else(|| float_of(b).map(|f| (f, 0.0)))
            .or_else(|| int_as_bigint(b).and_then(|i| i.to_f64()).map(|f| (f, 0.0)));
        if let (Some(x), Some(y)) = (ca, cb) {
            return Ok(match op {
                CompareOp::Eq => Some(x == y),
                CompareOp::Ne => Some(x != y),
                _ => None,
            });
        }
    }
    if la == Layout::Str && lb == Layout::Str {
        let (x, y) = (a.as_str().unwrap_or(""), b.as_str().unwrap_or(""));
        return Ok(Some(apply(op, x.cmp(y))));
    }
    if matches!(la, Layout::Bytes | Layout::ByteArray)
        && matches!(lb, Layout::Bytes | Layout::ByteArray)
    {
        let x = crate::builtins::bytes::bytes_of(a).unwrap_or_default();
        let y = crate::builtins::bytes::bytes_of(b).unwrap_or_default();
        return Ok(Some(apply(op, x.cmp(&y))));
    }
    if (la == Layout::List && lb == Layout::List) || (la == Layout::Tuple && lb == Layout::Tuple) {
        return guarded(vm, |vm| seq_compare(vm, a, b, op));
    }
    if la == Layout::Dict && lb == Layout::Dict {
        return match op {
            CompareOp::Eq | CompareOp::Ne => {
                let eq = guarded(vm, |vm| crate::builtins::dict::dict_eq(vm, a, b))?;
                Ok(Some(eq == (op == CompareOp::Eq)))
            }
            _ => Ok(None),
        };
    }
    if a.as_set().is_some() && b.as_set().is_some() {
        return crate::builtins::set::set_compare(vm, a, b, op).map(Some);
    }
    let setlike = |v: &Value| {
        v.as_set().is_some()
            || matches!(v.ty().name(), "dict_keys" | "dict_items")
                && v.ty().layout == Layout::DictView
    };
    if (la == Layout::DictView || lb == Layout::DictView) && setlike(a) && setlike(b) {
        let xa = vm.collect_iterable(a)?;
        let sa = crate::builtins::frozenset_of(vm, xa)?;
        let xb = vm.collect_iterable(b)?;
        let sb = crate::builtins::frozenset_of(vm, xb)?;
        return crate::builtins::set::set_compare(vm, &sa, &sb, op).map(Some);
    }
    if la == Layout::Slice && lb == Layout::Slice {
        let parts = |v: &Value| {
            let s = v.downcast::<SliceData>().expect("slice");
            new_tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()])
        };
        let (x, y) = (parts(a), parts(b));
        let r = vm.compare(&x, &y, op)?;
        return Ok(Some(vm.truthy(&r)?));
    }
    if la == Layout::Range && lb == Layout::Range {
        let x = crate::builtins::range::range_tuple(vm, a)?;
        let y = crate::builtins::range::range_tuple(vm, b)?;
        return Ok(match op {
            CompareOp::Eq => Some(x == y),
            CompareOp::Ne => Some(x != y),
            _ => None,
        });
    }
    Ok(None)
}

/// Runs a container comparison one level deeper in the recursion guard:
/// self-referencing containers raise RecursionError, never overflow the
/// native stack.
fn guarded<T>(vm: &mut Vm, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
    if vm.enter_recursion().is_err() {
        return Err(vm.new_error(
            &crate::builtins::exc::RECURSION_ERROR,
            "maximum recursion depth exceeded in comparison",
        ));
    }
    let r = f(vm);
    vm.leave_recursion();
    r
}

/// Lexicographic comparison of two lists or two tuples.
fn seq_compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<bool>> {
    let x: Vec<Value> = match tuple_items(a) {
        Some(t) => t.to_vec(),
        None => a.downcast::<ListData>().expect("list").vec().clone(),
    };
    let y: Vec<Value> = match tuple_items(b) {
        Some(t) => t.to_vec(),
        None => b.downcast::<ListData>().expect("list").vec().clone(),
    };
    if matches!(op, CompareOp::Eq | CompareOp::Ne) && x.len() != y.len() {
        return Ok(Some(op == CompareOp::Ne));
    }
    for (p, q) in x.iter().zip(y.iter()) {
        if !vm.eq_bool(p, q)? {
            return match op {
                CompareOp::Eq => Ok(Some(false)),
                CompareOp::Ne => Ok(Some(true)),
                _ => {
                    let r = vm.compare(p, q, op)?;
                    Ok(Some(vm.truthy(&r)?))
                }
            };
        }
    }
    Ok(Some(apply(op, x.len().cmp(&y.len()))))
}
