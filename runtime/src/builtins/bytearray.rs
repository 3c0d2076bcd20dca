//! `bytearray`: construction and the mutating methods. The read-only
//! methods are bytes' (see `bytes::shared_methods`), which return bytearrays
//! for bytearray receivers.

use std::cell::UnsafeCell;

use crate::object::*;
use crate::vm::convert::*;
use crate::vm::ops::BinOp;
use crate::vm::{PyResult, Vm};

use super::bytes::{buf_of, byte_value, construct, item_index};
use super::{add_methods, add_methods_kind, slice_indices};

/// Larger results are refused with MemoryError rather than attempted.
const MAX_ALLOC: usize = 1 << 34;

pub fn new_bytearray(v: Vec<u8>) -> Value {
    alloc(
        &BYTEARRAY_TYPE,
        ByteArrayData {
            b: UnsafeCell::new(v),
        },
    )
}

/// Runs `f` on the contents of a bytearray; None for other objects.
/// `f` gets no `Vm`, so no Python code can run while the borrow lives.
fn with_vec<R>(v: &Value, f: impl FnOnce(&mut Vec<u8>) -> R) -> Option<R> {
    let d = v.downcast::<ByteArrayData>()?;
    // SAFETY: single-threaded; the borrow ends when `f` returns and `f`
    // cannot reach the interpreter.
    Some(f(unsafe { &mut *d.b.get() }))
}

fn check_self(vm: &mut Vm, a: &Args<'_>) -> PyResult<Value> {
    let v = a.pos()[0].clone();
    if v.downcast::<ByteArrayData>().is_none() {
        return Err(vm.type_error(format!(
            "descriptor requires a 'bytearray' object but received a '{}'",
            v.ty().name()
        )));
    }
    Ok(v)
}

fn arity(vm: &mut Vm, a: &Args<'_>, name: &str, min: usize, max: usize) -> PyResult<()> {
    if a.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = a.pos().len() - 1;
    if n < min || n > max {
        let msg = if min == max {
            format!(
                "{name}() takes exactly {min} argument{} ({n} given)",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

fn bytearray_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.pos()[0]
        .as_type()
        .ok_or_else(|| vm.type_error("bytearray.__new__(X): X is not a type object"))?;
    Ok(alloc_instance(
        cls,
        &BYTEARRAY_TYPE,
        ByteArrayData {
            b: UnsafeCell::new(Vec::new()),
        },
    ))
}

fn bytearray_init(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let this = check_self(vm, &a)?;
    let pos = &a.pos()[1..];
    if pos.len() > 3 {
        return Err(vm.type_error(format!(
            "bytearray() takes at most 3 arguments ({} given)",
            pos.len()
        )));
    }
    let mut slots: [Option<Value>; 3] = [
        pos.first().cloned(),
        pos.get(1).cloned(),
        pos.get(2).cloned(),
    ];
    for (k, v) in a.kwnames.iter().zip(a.kwvalues()) {
        let i = match k.as_str() {
            Some("source") => 0,
            Some("encoding") => 1,
            Some("errors") => 2,
            other => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for bytearray()",
                    other.unwrap_or("")
                )))
            }
        };
        slots[i] = Some(v.clone());
    }
    let data = construct(
        vm,
        slots[0].as_ref(),
        slots[1].as_ref(),
        slots[2].as_ref(),
        "bytearray",
    )?;
    with_vec(&this, |v| *v = data);
    Ok(Value::none())
}

/// Values for a slice assignment: bytes-like, or an iterable of ints.
fn assigned_bytes(vm: &mut Vm, value: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buf_of(value) {
        return Ok(b.into_owned());
    }
    if is_int(value) || value.as_str().is_some() || !vm.is_iterable(value) {
        return Err(
            vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        );
    }
    let items = vm.collect_iterable(value)?;
    items.iter().map(|it| byte_value(vm, it)).collect()
}

/// `ba[key] = value`.
pub fn setitem(vm: &mut Vm, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
    if let Some(s) = key.downcast::<SliceData>() {
        let src = assigned_bytes(vm, &value)?;
        let len = with_vec(obj, |v| v.len()).unwrap_or(0);
        let (start, stop, step, n) = slice_indices(vm, s, len)?;
        if step == 1 {
            let start = start.max(0) as usize;
            let stop = (stop.max(0) as usize).max(start).min(len);
            let start = start.min(len);
            with_vec(obj, |v| {
                v.splice(start..stop, src);
            });
            return Ok(());
        }
        if src.len() != n {
            return Err(vm.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                src.len(),
                n
            )));
        }
        with_vec(obj, |v| {
            for (i, b) in src.into_iter().enumerate() {
                if let Some(slot) = v.get_mut((start + i as isize * step) as usize) {
                    *slot = b;
                }
            }
        });
        return Ok(());
    }
    let len = with_vec(obj, |v| v.len()).unwrap_or(0);
    let i = item_index(vm, obj, key, len)?;
    let b = byte_value(vm, &value)?;
    with_vec(obj, |v| {
        if let Some(slot) = v.get_mut(i) {
            *slot = b;
        }
    });
    Ok(())
}

/// `del ba[key]`.
pub fn delitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<()> {
    let len = with_vec(obj, |v| v.len()).unwrap_or(0);
    if let Some(s) = key.downcast::<SliceData>() {
        let (start, _, step, n) = slice_indices(vm, s, len)?;
        with_vec(obj, |v| {
            let mut drop = vec![false; v.len()];
            for k in 0..n {
                if let Some(d) = drop.get_mut((start + k as isize * step) as usize) {
                    *d = true;
                }
            }
            let mut it = drop.into_iter();
            v.retain(|_| !it.next().unwrap_or(false));
        });
        return Ok(());
    }
    let i = item_index(vm, obj, key, len)?;
    with_vec(obj, |v| {
        if i < v.len() {
            v.remove(i);
        }
    });
    Ok(())
}

fn m_setitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let this = check_self(vm, &a)?;
    arity(vm, &a, "__setitem__", 2, 2)?;
    let p = a.pos();
    setitem(vm, &this, &p[1], p[2].clone())?;
    Ok(Value::none())
}

fn m_delitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let this = check_self(vm, &a)?;
    arity(vm, &a, "__delitem__", 1, 1)?;
    delitem(vm, &this, &a.pos()[1])?;
    Ok(Value::none())
}

fn append(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let this = check_self(vm, &a)?;
    arity(vm, &a, "append", 1, 1)?;
    let b = byte_value(vm, &a.pos()[1])?;
    with_vec(&this, |v| v.push(b));
    Ok(Value::none())
}

fn extend(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let this = check_self(vm, &a)?;
    arity(vm, &a, "extend", 1, 1)?;
    let src = &a.pos()[1];
    let data = match buf_of(src) {
        Some(b) => b.into_owned(),
        None => {
            if !vm.is_iterable(src) {
                return Err(
                    vm.type_error(format!("can't extend bytearray with {}", src.ty().name()))
                );
            }
            let items = vm.collect_iterable(src)?;
            items
                .iter()
                .map(|it| byte_value(vm, it))
                .collect::<PyResult<Vec<u8>>>()?
        }
    };
    with_vec(&this, |v| v.extend_from_slice(&data));
    Ok(Value::none())
}

fn insert(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let this = check_self(vm, &a)?;
    arity(vm, &a, "insert", 2, 2)?;
    let i = vm.index_isize(&a.pos()[1])?;
    let b = byte_value(vm, &a.pos()[2])?;
    with_vec(&this, |v| {
        let n = v.len() as isize;
        let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
        v.insert(at as usize, b);
    });
    Ok(Value::none())
}

fn pop(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let this = check_self(vm, &a)?;
    arity(vm, &a, "pop", 0, 1)?;
    let i = match a.pos().get(1) {
        Some(v) => vm.index_isize(v)?,
        None => -1,
    };
    let len = with_vec(&this, |v| v.len()).unwrap_or(0);
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let j = if i < 0 { i + len as isize } else { i };
    if j < 0 || j as usize >= len {
        return Err(vm.index_error("pop index out of range"));
    }
    let b = with_vec(&this, |v| v.remove(j as usize)).unwrap_or(0);
    Ok(Value::small_int(b as i64))
}

fn remove(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let this = check_self(vm, &a)?;
    arity(vm, &a, "remove", 1, 1)?;
    let b = byte_value(vm, &a.pos()[1])?;
    let found = with_vec(&this, |v| match v.iter().position(|&c| c == b) {
        Some(i) => {
            v.remove(i);
            true
        }
        None => false,
    });
    if found != Some(true) {
        return Err(vm.value_error("value not found in bytearray"));
    }
    Ok(Value::none())
}

fn reverse(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let this = check_self(vm, &a)?;
    arity(vm, &a, "reverse", 0, 0)?;
    with_vec(&this, |v| v.reverse());
    Ok(Value::none())
}

fn clear(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let this = check_self(vm, &a)?;
    arity(vm, &a, "clear", 0, 0)?;
    with_vec(&this, |v| v.clear());
    Ok(Value::none())
}

fn copy(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let this = check_self(vm, &a)?;
    arity(vm, &a, "copy", 0, 0)?;
    Ok(new_bytearray(
        with_vec(&this, |v| v.clone()).unwrap_or_default(),
    ))
}

/// `ba += other` / `ba *= n` in place; None when the operands do not fit.
pub fn inplace(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if a.downcast::<ByteArrayData>().is_none() {
        return Ok(None);
    }
    match op {
        BinOp::Add => {
            let Some(data) = buf_of(b).map(|d| d.into_owned()) else {
                return Err(vm.type_error(format!("can't concat {} to bytearray", b.ty().name())));
            };
            with_vec(a, |v| v.extend_from_slice(&data));
            Ok(Some(a.clone()))
        }
        BinOp::Mul if is_int(b) => {
            let n = repeat_count(vm, b)?;
            let len = with_vec(a, |v| v.len()).unwrap_or(0);
            if len.saturating_mul(n) > MAX_ALLOC {
                return Err(vm.memory_error());
            }
            with_vec(a, |v| *v = v.repeat(n));
            Ok(Some(a.clone()))
        }
        _ => Ok(None),
    }
}

/// A repeat count: negative counts mean zero.
fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<usize> {
    let n = vm.index_value(n)?;
    if n.sign() == num_bigint::Sign::Minus {
        return Ok(0);
    }
    num_traits::ToPrimitive::to_usize(&n)
        .ok_or_else(|| vm.overflow_error("cannot fit 'int' into an index-sized integer"))
}

fn iadd(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let this = check_self(vm, &a)?;
    arity(vm, &a, "__iadd__", 1, 1)?;
    Ok(inplace(vm, BinOp::Add, &this, &a.pos()[1])?.unwrap_or_else(Value::not_implemented))
}

fn imul(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let this = check_self(vm, &a)?;
    arity(vm, &a, "__imul__", 1, 1)?;
    let n = &a.pos()[1];
    let indexable = is_int(n) || (n.ty().is_heap() && vm.lookup_special(n, "__index__").is_some());
    if !indexable {
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.ty().name()
        )));
    }
    let count = repeat_count(vm, n)?;
    let len = with_vec(&this, |v| v.len()).unwrap_or(0);
    if len.saturating_mul(count) > MAX_ALLOC {
        return Err(vm.memory_error());
    }
    with_vec(&this, |v| *v = v.repeat(count));
    Ok(this)
}

fn alloc_size(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let this = check_self(vm, &a)?;
    Ok(new_int(
        with_vec(&this, |v| v.len() as i64 + 1).unwrap_or(1),
    ))
}

pub fn register() {
    add_methods_kind(
        &BYTEARRAY_TYPE,
        &[("__new__", bytearray_new)],
        BuiltinKind::StaticMethod,
    );
    add_methods(
        &BYTEARRAY_TYPE,
        &[
            ("__init__", bytearray_init),
            ("__setitem__", m_setitem),
            ("__delitem__", m_delitem),
            ("__iadd__", iadd),
            ("__imul__", imul),
            ("__alloc__", alloc_size),
            ("append", append),
            ("extend", extend),
            ("insert", insert),
            ("pop", pop),
            ("remove", remove),
            ("reverse", reverse),
            ("clear", clear),
            ("copy", copy),
        ],
    );
}
