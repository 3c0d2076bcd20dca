//! `set` and `frozenset`.

use crate::bytecode::CompareOp;
use crate::object::*;
use crate::vm::convert::*;
use crate::vm::ops::BinOp;
use crate::vm::{dictops, PyResult, Vm};

use super::{add_methods, add_methods_kind};

fn make_like(a: &Value) -> Value {
    if a.ty().layout == Layout::FrozenSet {
        new_set_of_type(&FROZENSET_TYPE)
    } else {
        new_set()
    }
}

pub fn set_binop(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let out = make_like(a);
    let xs = dictops::set_items(a);
    let ys = dictops::set_items(b);
    match op {
        BinOp::Or => {
            for x in xs.into_iter().chain(ys) {
                dictops::set_add(vm, &out, x)?;
            }
        }
        BinOp::And => {
            for x in xs {
                if dictops::set_contains(vm, b, &x)? {
                    dictops::set_add(vm, &out, x)?;
                }
            }
        }
        BinOp::Sub => {
            for x in xs {
                if !dictops::set_contains(vm, b, &x)? {
                    dictops::set_add(vm, &out, x)?;
                }
            }
        }
        _ => {
            for x in xs {
                if !dictops::set_contains(vm, b, &x)? {
                    dictops::set_add(vm, &out, x)?;
                }
            }
            for y in ys {
                if !dictops::set_contains(vm, a, &y)? {
                    dictops::set_add(vm, &out, y)?;
                }
            }
        }
    }
    Ok(out)
}

pub fn inplace(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let r = set_binop(vm, op, a, b)?;
    let t = a.as_set().expect("set").table();
    let old = t.clear();
    drop(old);
    for x in dictops::set_items(&r) {
        dictops::set_add(vm, a, x)?;
    }
    Ok(Some(a.clone()))
}

fn subset(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    for x in dictops::set_items(a) {
        if !dictops::set_contains(vm, b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn set_compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<bool> {
    let (la, lb) = (vm.len(a)?, vm.len(b)?);
    Ok(match op {
        CompareOp::Eq => la == lb && subset(vm, a, b)?,
        CompareOp::Ne => !(la == lb && subset(vm, a, b)?),
        CompareOp::Le => subset(vm, a, b)?,
        CompareOp::Lt => la < lb && subset(vm, a, b)?,
        CompareOp::Ge => subset(vm, b, a)?,
        CompareOp::Gt => la > lb && subset(vm, b, a)?,
        _ => false,
    })
}

fn to_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if v.as_set().is_some() {
        return Ok(v.clone());
    }
    let s = new_set();
    for x in vm.collect_iterable(v)? {
        dictops::set_add(vm, &s, x)?;
    }
    Ok(s)
}

fn add(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    dictops::set_add(vm, &p[0], p[1].clone())?;
    Ok(Value::none())
}
fn discard(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    dictops::set_discard(vm, &p[0], &p[1])?;
    Ok(Value::none())
}
fn remove(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if !dictops::set_discard(vm, &p[0], &p[1])? {
        return Err(vm.key_error(p[1].clone()));
    }
    Ok(Value::none())
}
fn pop(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    match p[0].as_set().expect("set").table().pop_first() {
        Some(v) => Ok(v),
        None => Err(vm.key_error(new_str("pop from an empty set"))),
    }
}
fn clear(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let old = a.pos()[0].as_set().expect("set").table().clear();
    drop(old);
    Ok(Value::none())
}
fn copy(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = &a.pos()[0];
    let out = make_like(s);
    for x in dictops::set_items(s) {
        dictops::set_add(vm, &out, x)?;
    }
    Ok(out)
}

macro_rules! multi_op {
    ($name:ident, $op:expr) => {
        fn $name(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
            let p = a.pos();
            let mut acc = copy(vm, Args::positional(&p[..1]))?;
            for other in &p[1..] {
                let o = to_set(vm, other)?;
                acc = set_binop(vm, $op, &acc, &o)?;
            }
            Ok(acc)
        }
    };
}
multi_op!(union, BinOp::Or);
multi_op!(intersection, BinOp::And);
multi_op!(difference, BinOp::Sub);
multi_op!(symmetric_difference, BinOp::Xor);

macro_rules! update_op {
    ($name:ident, $op:expr) => {
        fn $name(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
            let p = a.pos();
            for other in &p[1..] {
                let o = to_set(vm, other)?;
                inplace(vm, $op, &p[0], &o)?;
            }
            Ok(Value::none())
        }
    };
}
update_op!(update, BinOp::Or);
update_op!(intersection_update, BinOp::And);
update_op!(difference_update, BinOp::Sub);
update_op!(symmetric_difference_update, BinOp::Xor);

fn issubset(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let o = to_set(vm, &p[1])?;
    Ok(Value::bool(subset(vm, &p[0], &o)?))
}
fn issuperset(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let o = to_set(vm, &p[1])?;
    Ok(Value::bool(subset(vm, &o, &p[0])?))
}
fn isdisjoint(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    for x in vm.collect_iterable(&p[1])? {
        if dictops::set_contains(vm, &p[0], &x)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}

/// `set.__new__`/`frozenset.__new__`: a frozenset is filled here (it is
/// immutable); a set is filled by `__init__`, as CPython does.
fn set_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let cls = p[0]
        .as_type()
        .ok_or_else(|| vm.type_error("set.__new__(X): X is not a type object"))?;
    let frozen = cls.layout == Layout::FrozenSet;
    let exact: &TypeObject = if frozen { &FROZENSET_TYPE } else { &SET_TYPE };
    if frozen && p.len() > 2 {
        return Err(vm.type_error(format!(
            "frozenset expected at most 1 argument, got {}",
            p.len() - 1
        )));
    }
    let s = alloc_instance(
        cls,
        exact,
        SetData {
            table: std::cell::UnsafeCell::new(SetTable::new()),
        },
    );
    if frozen {
        if let Some(src) = p.get(1) {
            for x in vm.collect_iterable(src)? {
                dictops::set_add(vm, &s, x)?;
            }
        }
    }
    Ok(s)
}

fn set_init(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() > 2 {
        return Err(vm.type_error(format!(
            "set expected at most 1 argument, got {}",
            p.len() - 1
        )));
    }
    if a.has_kwargs() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    let old = p[0].as_set().expect("set").table().clear();
    drop(old);
    if let Some(src) = p.get(1) {
        for x in vm.collect_iterable(src)? {
            dictops::set_add(vm, &p[0], x)?;
        }
    }
    Ok(Value::none())
}

pub fn register() {
    let common: &[(&'static str, NativeFn)] = &[
        ("copy", copy),
        ("union", union),
        ("intersection", intersection),
        ("difference", difference),
        ("symmetric_difference", symmetric_difference),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
    ];
    add_methods(&SET_TYPE, common);
    add_methods(&FROZENSET_TYPE, common);
    add_methods(
        &SET_TYPE,
        &[
            ("add", add),
            ("discard", discard),
            ("remove", remove),
            ("pop", pop),
            ("clear", clear),
            ("update", update),
            ("intersection_update", intersection_update),
            ("difference_update", difference_update),
            ("symmetric_difference_update", symmetric_difference_update),
            ("__init__", set_init),
        ],
    );
    add_methods_kind(
        &SET_TYPE,
        &[("__new__", set_new)],
        BuiltinKind::StaticMethod,
    );
    add_methods_kind(
        &FROZENSET_TYPE,
        &[("__new__", set_new)],
        BuiltinKind::StaticMethod,
    );
}
