//! `range`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{PyResult, Vm};

fn parts(v: &Value) -> (BigInt, BigInt, BigInt) {
    let r = v.downcast::<RangeData>().expect("range");
    (
        int_as_bigint(&r.start).unwrap_or_default(),
        int_as_bigint(&r.stop).unwrap_or_default(),
        int_as_bigint(&r.step).unwrap_or_default(),
    )
}

fn len_big(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() {
        if stop > start {
            Integer::div_floor(&(stop - start - 1), step) + 1
        } else {
            BigInt::zero()
        }
    } else if start > stop {
        Integer::div_floor(&(start - stop - 1), &-step) + 1
    } else {
        BigInt::zero()
    }
}

pub fn range_len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let (a, b, c) = parts(v);
    len_big(&a, &b, &c)
        .to_usize()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

pub fn range_tuple(_vm: &mut Vm, v: &Value) -> PyResult<(BigInt, BigInt, BigInt)> {
    let (a, b, c) = parts(v);
    let n = len_big(&a, &b, &c);
    // Equal ranges are equal as sequences.
    if n.is_zero() {
        return Ok((BigInt::zero(), BigInt::zero(), BigInt::zero()));
    }
    if n == BigInt::from(1) {
        return Ok((a, BigInt::from(1), BigInt::zero()));
    }
    Ok((a, n, c))
}

pub fn new_range(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    if args.has_kwargs() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let mut vals = Vec::new();
    for p in pos {
        vals.push(new_bigint(vm.index_value(p)?));
    }
    let (start, stop, step) = match vals.len() {
        1 => (Value::small_int(0), vals[0].clone(), Value::small_int(1)),
        2 => (vals[0].clone(), vals[1].clone(), Value::small_int(1)),
        3 => (vals[0].clone(), vals[1].clone(), vals[2].clone()),
        0 => return Err(vm.type_error("range expected 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if int_as_i64(&step) == Some(0) {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(alloc(&RANGE_TYPE, RangeData { start, stop, step }))
}

pub fn range_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let r = v.downcast::<RangeData>().expect("range");
    if let (Some(a), Some(b), Some(c)) = (
        int_as_i64(&r.start),
        int_as_i64(&r.stop),
        int_as_i64(&r.step),
    ) {
        if a.checked_add(c).is_some() && b.checked_add(c).is_some() {
            return Ok(new_iter(
                &RANGE_ITERATOR_TYPE,
                IterKind::Range {
                    next: a,
                    stop: b,
                    step: c,
                },
            ));
        }
    }
    Ok(new_iter(
        &RANGE_ITERATOR_TYPE,
        IterKind::BigRange {
            next: r.start.clone(),
            stop: r.stop.clone(),
            step: r.step.clone(),
        },
    ))
}

pub fn range_contains(vm: &mut Vm, v: &Value, item: &Value) -> PyResult<bool> {
    if is_int(item) && !item.ty().is_heap() {
        let (a, b, c) = parts(v);
        let x = int_as_bigint(item).unwrap_or_default();
        let inside = if c.is_positive() {
            x >= a && x < b
        } else {
            x <= a && x > b
        };
        return Ok(inside && (&x - &a).mod_floor(&c.abs()).is_zero());
    }
    let it = range_iter(vm, v)?;
    while let Some(x) = vm.next(&it)? {
        if vm.eq_bool(&x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

pub fn getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let (a, b, c) = parts(v);
    let n = len_big(&a, &b, &c);
    if let Some(s) = key.downcast::<SliceData>() {
        let len = n.to_usize().unwrap_or(usize::MAX);
        let (start, stop, step, _count) = crate::builtins::slice_indices(vm, s, len)?;
        let ns = &a + &c * BigInt::from(start);
        let nstep = &c * BigInt::from(step);
        let nstop = &a + &c * BigInt::from(stop);
        return Ok(alloc(
            &RANGE_TYPE,
            RangeData {
                start: new_bigint(ns),
                stop: new_bigint(nstop),
                step: new_bigint(nstep),
            },
        ));
    }
    let i = vm.index_value(key).map_err(|_| {
        vm.type_error(format!(
            "range indices must be integers or slices, not {}",
            key.ty().name()
        ))
    })?;
    let i = if i.is_negative() { i + &n } else { i };
    if i.is_negative() || i >= n {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(new_bigint(a + c * i))
}

pub fn range_getattr(_vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let r = obj.downcast::<RangeData>().expect("range");
    Ok(match name {
        "start" => Some(r.start.clone()),
        "stop" => Some(r.stop.clone()),
        "step" => Some(r.step.clone()),
        _ => None,
    })
}

fn range_index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let (v, item) = (&pos[0], &pos[1]);
    if range_contains(vm, v, item)? && is_int(item) {
        let (a, _b, c) = parts(v);
        let x = int_as_bigint(item).unwrap_or_default();
        return Ok(new_bigint((x - a) / c));
    }
    let r = vm.repr(item)?;
    Err(vm.value_error(format!("{r} is not in range")))
}

fn range_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    Ok(Value::small_int(
        range_contains(vm, &pos[0], &pos[1])? as i64
    ))
}

pub fn register() {
    crate::builtins::add_methods(
        &RANGE_TYPE,
        &[("index", range_index), ("count", range_count)],
    );
    crate::builtins::add_methods_kind(
        &RANGE_TYPE,
        &[("__new__", new_range)],
        BuiltinKind::StaticMethod,
    );
}
