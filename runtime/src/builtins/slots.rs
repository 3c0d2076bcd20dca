//! Special methods of builtin types as Python-visible methods
//! (`list.__len__`, `int.__add__`, `str.__eq__`, …).
//!
//! Each wrapper calls the layout-based builtin implementation directly
//! (`Vm::builtin_len`, `builtin_binop`, …), never the generic protocol, so
//! a subclass that inherits the wrapper cannot recurse into itself.

use crate::bytecode::CompareOp;
use crate::object::*;
use crate::vm::convert::*;
use crate::vm::ops::BinOp;
use crate::vm::{dictops, PyResult, Vm};

fn arity(vm: &mut Vm, a: &Args<'_>, name: &str, n: usize) -> PyResult<()> {
    let got = a.pos().len();
    if got != n + 1 || a.has_kwargs() {
        return Err(vm.type_error(format!(
            "{name}() takes exactly {} argument{} ({} given)",
            n,
            if n == 1 { "" } else { "s" },
            got.saturating_sub(1)
        )));
    }
    Ok(())
}

fn w_len(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    arity(vm, &a, "__len__", 0)?;
    Ok(new_int(vm.builtin_len(&a.pos()[0])? as i64))
}

fn w_contains(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    arity(vm, &a, "__contains__", 1)?;
    let p = a.pos();
    match vm.builtin_contains(&p[0], &p[1])? {
        Some(b) => Ok(Value::bool(b)),
        None => Err(vm.type_error("__contains__ is not supported")),
    }
}

fn w_iter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    arity(vm, &a, "__iter__", 0)?;
    let v = &a.pos()[0];
    match vm.builtin_iter(v)? {
        Some(it) => Ok(it),
        None => Err(vm.type_error(format!("'{}' object is not iterable", v.ty().name()))),
    }
}

fn w_getitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    arity(vm, &a, "__getitem__", 1)?;
    let p = a.pos();
    match super::builtin_getitem(vm, &p[0], &p[1])? {
        Some(v) => Ok(v),
        None => Err(vm.type_error(format!(
            "'{}' object is not subscriptable",
            p[0].ty().name()
        ))),
    }
}

fn w_setitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    arity(vm, &a, "__setitem__", 2)?;
    let p = a.pos();
    if !super::builtin_setitem(vm, &p[0], &p[1], p[2].clone())? {
        return Err(vm.type_error(format!(
            "'{}' object does not support item assignment",
            p[0].ty().name()
        )));
    }
    Ok(Value::none())
}

fn w_delitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    arity(vm, &a, "__delitem__", 1)?;
    let p = a.pos();
    if !super::builtin_delitem(vm, &p[0], &p[1])? {
        return Err(vm.type_error(format!(
            "'{}' object doesn't support item deletion",
            p[0].ty().name()
        )));
    }
    Ok(Value::none())
}

fn w_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    arity(vm, &a, "__repr__", 0)?;
    Ok(new_string(vm.builtin_repr(&a.pos()[0])?))
}

fn w_str(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    arity(vm, &a, "__str__", 0)?;
    let v = &a.pos()[0];
    if let Some(s) = v.as_str() {
        return Ok(new_str(s));
    }
    Ok(new_string(vm.builtin_repr(v)?))
}

fn w_hash(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    arity(vm, &a, "__hash__", 0)?;
    Ok(new_int(vm.builtin_hash(&a.pos()[0])?))
}

fn w_bool(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    arity(vm, &a, "__bool__", 0)?;
    let v = &a.pos()[0];
    let b = match v.ty().layout {
        Layout::Float => float_of(v) != Some(0.0),
        Layout::Complex => v
            .downcast::<ComplexData>()
            .is_some_and(|c| c.re != 0.0 || c.im != 0.0),
        _ => int_as_bigint(v).is_some_and(|i| i.sign() != num_bigint::Sign::NoSign),
    };
    Ok(Value::bool(b))
}

fn compare(vm: &mut Vm, a: Args<'_>, op: CompareOp) -> PyResult<Value> {
    arity(vm, &a, "comparison", 1)?;
    let p = a.pos();
    match super::compare::builtin_compare_strict(vm, &p[0], &p[1], op)? {
        Some(b) => Ok(Value::bool(b)),
        None => Ok(Value::not_implemented()),
    }
}

macro_rules! cmp_wrappers {
    ($($name:ident => $op:ident),*) => {
        $(fn $name(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> { compare(vm, a, CompareOp::$op) })*
    };
}
cmp_wrappers!(w_eq => Eq, w_ne => Ne, w_lt => Lt, w_le => Le, w_gt => Gt, w_ge => Ge);

fn binop(vm: &mut Vm, a: Args<'_>, op: BinOp, reflected: bool) -> PyResult<Value> {
    arity(vm, &a, "operator", 1)?;
    let p = a.pos();
    let (x, y) = if reflected {
        (&p[1], &p[0])
    } else {
        (&p[0], &p[1])
    };
    match vm.builtin_binop(op, x, y)? {
        Some(v) => Ok(v),
        None => Ok(Value::not_implemented()),
    }
}

macro_rules! bin_wrappers {
    ($($name:ident, $rname:ident => $op:ident),*) => {
        $(
            fn $name(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> { binop(vm, a, BinOp::$op, false) }
            fn $rname(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> { binop(vm, a, BinOp::$op, true) }
        )*
    };
}
bin_wrappers!(
    w_add, w_radd => Add, w_sub, w_rsub => Sub, w_mul, w_rmul => Mul,
    w_truediv, w_rtruediv => TrueDiv, w_floordiv, w_rfloordiv => FloorDiv,
    w_mod, w_rmod => Mod, w_pow, w_rpow => Pow, w_lshift, w_rlshift => LShift,
    w_rshift, w_rrshift => RShift, w_and, w_rand => And, w_xor, w_rxor => Xor,
    w_or, w_ror => Or
);

fn w_neg(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    arity(vm, &a, "__neg__", 0)?;
    let v = &a.pos()[0];
    if let Some(f) = float_of(v) {
        return Ok(new_float(-f));
    }
    if let Some(c) = v.downcast::<ComplexData>() {
        return Ok(new_complex(-c.re, -c.im));
    }
    Ok(new_bigint(-int_as_bigint(v).unwrap_or_default()))
}

fn w_pos(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    arity(vm, &a, "__pos__", 0)?;
    let v = &a.pos()[0];
    if let Some(f) = float_of(v) {
        return Ok(new_float(f));
    }
    if let Some(c) = v.downcast::<ComplexData>() {
        return Ok(new_complex(c.re, c.im));
    }
    Ok(new_bigint(int_as_bigint(v).unwrap_or_default()))
}

fn w_invert(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    arity(vm, &a, "__invert__", 0)?;
    Ok(new_bigint(
        -int_as_bigint(&a.pos()[0]).unwrap_or_default() - 1,
    ))
}

fn w_abs(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    arity(vm, &a, "__abs__", 0)?;
    let v = &a.pos()[0];
    if let Some(f) = float_of(v) {
        return Ok(new_float(f.abs()));
    }
    if let Some(c) = v.downcast::<ComplexData>() {
        return Ok(new_float(c.re.hypot(c.im)));
    }
    let i = int_as_bigint(v).unwrap_or_default();
    Ok(new_bigint(if i.sign() == num_bigint::Sign::Minus {
        -i
    } else {
        i
    }))
}

fn w_index(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    arity(vm, &a, "__index__", 0)?;
    Ok(new_bigint(int_as_bigint(&a.pos()[0]).unwrap_or_default()))
}

fn w_float(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    arity(vm, &a, "__float__", 0)?;
    let v = &a.pos()[0];
    if let Some(f) = float_of(v) {
        return Ok(new_float(f));
    }
    let i = int_as_bigint(v).unwrap_or_default();
    crate::format::bigint_to_f64(&i)
        .map(new_float)
        .ok_or_else(|| vm.overflow_error("int too large to convert to float"))
}

fn w_int(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    arity(vm, &a, "__int__", 0)?;
    let v = &a.pos()[0];
    if let Some(f) = float_of(v) {
        return super::repr::float_to_int(vm, f);
    }
    Ok(new_bigint(int_as_bigint(v).unwrap_or_default()))
}

fn w_reversed_dict(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    arity(vm, &a, "__reversed__", 0)?;
    let v = &a.pos()[0];
    let d = match v.downcast::<DictViewData>() {
        Some(view) => view.dict.clone(),
        None => v.clone(),
    };
    let items = dictops::items(&d);
    let out: Vec<Value> = match v.ty().name() {
        "dict_values" => items.into_iter().rev().map(|(_, x)| x).collect(),
        "dict_items" => items
            .into_iter()
            .rev()
            .map(|(k, x)| new_tuple(vec![k, x]))
            .collect(),
        _ => items.into_iter().rev().map(|(k, _)| k).collect(),
    };
    let l = new_list(out);
    Ok(new_iter(
        &LIST_ITERATOR_TYPE,
        IterKind::Seq { seq: l, index: 0 },
    ))
}

fn w_format(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    arity(vm, &a, "__format__", 1)?;
    let p = a.pos();
    let spec = p[1]
        .as_str()
        .ok_or_else(|| {
            vm.type_error(format!(
                "argument to __format__ must be str, not {}",
                p[1].ty().name()
            ))
        })?
        .to_string();
    Ok(new_string(vm.builtin_format(&p[0], &spec)?))
}

/// `f.__call__(*args, **kwargs)` for functions, methods and builtins.
fn w_call(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = a.all[0].clone();
    vm.call(&f, &a.all[1..], a.kwnames)
}

/// `it.__length_hint__()` for the builtin sequence and range iterators.
fn w_length_hint(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    arity(vm, &a, "__length_hint__", 0)?;
    let Some(d) = a.pos()[0].downcast::<IterData>() else {
        return Ok(Value::small_int(0));
    };
    let n: i64 = match d.kind() {
        IterKind::Seq { seq, index } => {
            let seq = seq.clone();
            let i = *index as i64;
            (vm.builtin_len(&seq)? as i64 - i).max(0)
        }
        IterKind::Range { next, stop, step } => {
            let (n, s, st) = (*next as i128, *stop as i128, *step as i128);
            let r = if st > 0 {
                (s - n + st - 1) / st
            } else {
                (n - s - st - 1) / -st
            };
            r.max(0) as i64
        }
        IterKind::Reversed { index, .. } => (*index + 1).max(0) as i64,
        IterKind::DictKeys { len, pos, .. }
        | IterKind::DictValues { len, pos, .. }
        | IterKind::DictItems { len, pos, .. } => {
            let _ = pos;
            *len as i64
        }
        _ => 0,
    };
    Ok(new_int(n))
}

/// Adds `name` to `ty`'s dict unless the type already defines it.
fn add_missing(ty: &'static TypeObject, methods: &[(&'static str, NativeFn)]) {
    let missing: Vec<(&'static str, NativeFn)> = methods
        .iter()
        .filter(|(n, _)| dictops::get_str_key(ty.dict(), &new_str(n)).is_none())
        .copied()
        .collect();
    super::add_methods(ty, &missing);
}

fn set_unhashable(ty: &'static TypeObject) {
    dictops::set_str(ty.dict(), new_str("__hash__"), Value::none());
}

pub fn register() {
    let containers: &[&'static TypeObject] = &[
        &STR_TYPE,
        &LIST_TYPE,
        &TUPLE_TYPE,
        &DICT_TYPE,
        &SET_TYPE,
        &FROZENSET_TYPE,
        &BYTES_TYPE,
        &BYTEARRAY_TYPE,
        &RANGE_TYPE,
        &DICT_KEYS_TYPE,
        &DICT_VALUES_TYPE,
        &DICT_ITEMS_TYPE,
        &MAPPINGPROXY_TYPE,
    ];
    for t in containers {
        add_missing(
            t,
            &[
                ("__len__", w_len),
                ("__contains__", w_contains),
                ("__iter__", w_iter),
            ],
        );
    }
    for t in [
        &STR_TYPE,
        &LIST_TYPE,
        &TUPLE_TYPE,
        &DICT_TYPE,
        &BYTES_TYPE,
        &BYTEARRAY_TYPE,
        &RANGE_TYPE,
        &MAPPINGPROXY_TYPE,
    ] {
        add_missing(t, &[("__getitem__", w_getitem)]);
    }
    for t in [&LIST_TYPE, &DICT_TYPE, &BYTEARRAY_TYPE] {
        add_missing(t, &[("__setitem__", w_setitem), ("__delitem__", w_delitem)]);
    }
    let valued: &[&'static TypeObject] = &[
        &INT_TYPE,
        &BOOL_TYPE,
        &FLOAT_TYPE,
        &COMPLEX_TYPE,
        &STR_TYPE,
        &BYTES_TYPE,
        &BYTEARRAY_TYPE,
        &TUPLE_TYPE,
        &LIST_TYPE,
        &DICT_TYPE,
        &SET_TYPE,
        &FROZENSET_TYPE,
        &RANGE_TYPE,
        &SLICE_TYPE,
        &DICT_KEYS_TYPE,
        &DICT_ITEMS_TYPE,
    ];
    for t in valued {
        add_missing(
            t,
            &[
                ("__eq__", w_eq),
                ("__ne__", w_ne),
                ("__lt__", w_lt),
                ("__le__", w_le),
                ("__gt__", w_gt),
                ("__ge__", w_ge),
                ("__repr__", w_repr),
                ("__hash__", w_hash),
            ],
        );
    }
    for t in [&INT_TYPE, &FLOAT_TYPE, &COMPLEX_TYPE] {
        add_missing(
            t,
            &[
                ("__add__", w_add),
                ("__radd__", w_radd),
                ("__sub__", w_sub),
                ("__rsub__", w_rsub),
                ("__mul__", w_mul),
                ("__rmul__", w_rmul),
                ("__truediv__", w_truediv),
                ("__rtruediv__", w_rtruediv),
                ("__floordiv__", w_floordiv),
                ("__rfloordiv__", w_rfloordiv),
                ("__mod__", w_mod),
                ("__rmod__", w_rmod),
                ("__pow__", w_pow),
                ("__rpow__", w_rpow),
                ("__neg__", w_neg),
                ("__pos__", w_pos),
                ("__abs__", w_abs),
                ("__bool__", w_bool),
                ("__float__", w_float),
            ],
        );
    }
    add_missing(
        &INT_TYPE,
        &[
            ("__lshift__", w_lshift),
            ("__rlshift__", w_rlshift),
            ("__rshift__", w_rshift),
            ("__rrshift__", w_rrshift),
            ("__and__", w_and),
            ("__rand__", w_rand),
            ("__xor__", w_xor),
            ("__rxor__", w_rxor),
            ("__or__", w_or),
            ("__ror__", w_ror),
            ("__invert__", w_invert),
            ("__index__", w_index),
            ("__int__", w_int),
        ],
    );
    add_missing(&FLOAT_TYPE, &[("__int__", w_int)]);
    for t in [
        &STR_TYPE,
        &LIST_TYPE,
        &TUPLE_TYPE,
        &BYTES_TYPE,
        &BYTEARRAY_TYPE,
    ] {
        add_missing(
            t,
            &[("__add__", w_add), ("__mul__", w_mul), ("__rmul__", w_rmul)],
        );
    }
    for t in [
        &SET_TYPE,
        &FROZENSET_TYPE,
        &DICT_KEYS_TYPE,
        &DICT_ITEMS_TYPE,
    ] {
        add_missing(
            t,
            &[
                ("__sub__", w_sub),
                ("__rsub__", w_rsub),
                ("__and__", w_and),
                ("__rand__", w_rand),
                ("__or__", w_or),
                ("__ror__", w_ror),
                ("__xor__", w_xor),
                ("__rxor__", w_rxor),
            ],
        );
    }
    for t in [
        &DICT_TYPE,
        &DICT_KEYS_TYPE,
        &DICT_VALUES_TYPE,
        &DICT_ITEMS_TYPE,
    ] {
        add_missing(t, &[("__reversed__", w_reversed_dict)]);
    }
    // Only str has its own __str__; numbers inherit object.__str__ (which
    // calls repr), so a subclass's __repr__ shows through str(), as in 3.8.
    add_missing(&STR_TYPE, &[("__str__", w_str)]);
    for t in [&LIST_TYPE, &DICT_TYPE, &SET_TYPE, &BYTEARRAY_TYPE] {
        set_unhashable(t);
    }
    for t in [&INT_TYPE, &BOOL_TYPE, &FLOAT_TYPE, &STR_TYPE] {
        add_missing(t, &[("__format__", w_format)]);
    }
    for t in [
        &FUNCTION_TYPE,
        &BUILTIN_FUNCTION_TYPE,
        &METHOD_TYPE,
        &METHOD_DESCRIPTOR_TYPE,
    ] {
        add_missing(t, &[("__call__", w_call)]);
    }
    for t in [
        &LIST_ITERATOR_TYPE,
        &TUPLE_ITERATOR_TYPE,
        &STR_ITERATOR_TYPE,
        &BYTES_ITERATOR_TYPE,
        &RANGE_ITERATOR_TYPE,
        &LIST_REVERSEITERATOR_TYPE,
    ] {
        add_missing(t, &[("__length_hint__", w_length_hint)]);
    }
}
