//! `dict` methods and views.

use crate::object::*;
use crate::vm::convert::*;
use crate::vm::ops::BinOp;
use crate::vm::{dictops, PyResult, Vm};

use super::{add_methods, add_methods_kind};

pub fn getitem(vm: &mut Vm, d: &Value, key: &Value) -> PyResult<Value> {
    match dictops::get(vm, d, key)? {
        Some(v) => Ok(v),
        None => {
            if d.ty().is_heap() {
                if let Some(m) = vm.lookup_special(d, "__missing__") {
                    return vm.call_method_obj(&m, d, std::slice::from_ref(key));
                }
            }
            Err(vm.key_error(key.clone()))
        }
    }
}

pub fn dict_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if dictops::len(a) != dictops::len(b) {
        return Ok(false);
    }
    for (k, v) in dictops::items(a) {
        match dictops::get(vm, b, &k)? {
            Some(w) => {
                if !vm.eq_bool(&v, &w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn view(ty: &TypeObject, d: &Value) -> Value {
    alloc(ty, DictViewData { dict: d.clone() })
}

pub fn view_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = v.downcast::<DictViewData>().expect("view").dict.clone();
    let len = dictops::len(&d);
    Ok(match v.ty().name() {
        "dict_keys" => new_iter(
            &DICT_KEYITERATOR_TYPE,
            IterKind::DictKeys {
                dict: d,
                pos: 0,
                len,
            },
        ),
        "dict_values" => new_iter(
            &DICT_VALUEITERATOR_TYPE,
            IterKind::DictValues {
                dict: d,
                pos: 0,
                len,
            },
        ),
        _ => new_iter(
            &DICT_ITEMITERATOR_TYPE,
            IterKind::DictItems {
                dict: d,
                pos: 0,
                len,
            },
        ),
    })
}

pub fn view_contains(vm: &mut Vm, v: &Value, item: &Value) -> PyResult<bool> {
    let d = v.downcast::<DictViewData>().expect("view").dict.clone();
    match v.ty().name() {
        "dict_keys" => Ok(dictops::get(vm, &d, item)?.is_some()),
        "dict_items" => {
            let Some(t) = tuple_items(item)
                .filter(|t| t.len() == 2)
                .map(|t| t.to_vec())
            else {
                return Ok(false);
            };
            match dictops::get(vm, &d, &t[0])? {
                Some(val) => vm.eq_bool(&val, &t[1]),
                None => Ok(false),
            }
        }
        _ => {
            for (_, val) in dictops::items(&d) {
                if vm.eq_bool(&val, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

pub fn view_binop(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let sa = new_set();
    for x in vm.collect_iterable(a)? {
        dictops::set_add(vm, &sa, x)?;
    }
    let sb = new_set();
    for x in vm.collect_iterable(b)? {
        dictops::set_add(vm, &sb, x)?;
    }
    super::set::set_binop(vm, op, &sa, &sb)
}

fn this(vm: &mut Vm, a: &Args<'_>) -> PyResult<Value> {
    match a.pos().first() {
        Some(d) if d.downcast::<DictData>().is_some() => Ok(d.clone()),
        _ => Err(vm.type_error("descriptor requires a 'dict' object")),
    }
}

fn keys(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(view(&DICT_KEYS_TYPE, &this(vm, &a)?))
}
fn values(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(view(&DICT_VALUES_TYPE, &this(vm, &a)?))
}
fn items(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(view(&DICT_ITEMS_TYPE, &this(vm, &a)?))
}

fn get(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &a)?;
    let p = a.pos();
    if p.len() < 2 || p.len() > 3 {
        return Err(vm.type_error(format!(
            "get expected at most 2 arguments, got {}",
            p.len() - 1
        )));
    }
    Ok(dictops::get(vm, &d, &p[1])?
        .unwrap_or_else(|| p.get(2).cloned().unwrap_or_else(Value::none)))
}

fn setdefault(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &a)?;
    let p = a.pos();
    if let Some(v) = dictops::get(vm, &d, &p[1])? {
        return Ok(v);
    }
    let v = p.get(2).cloned().unwrap_or_else(Value::none);
    dictops::set(vm, &d, p[1].clone(), v.clone())?;
    Ok(v)
}

fn pop(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &a)?;
    let p = a.pos();
    match dictops::remove(vm, &d, &p[1])? {
        Some(v) => Ok(v),
        None => match p.get(2) {
            Some(def) => Ok(def.clone()),
            None => Err(vm.key_error(p[1].clone())),
        },
    }
}

fn popitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &a)?;
    let r = d.downcast::<DictData>().expect("dict").table().pop_last();
    match r {
        Some((k, v)) => Ok(new_tuple(vec![k, v])),
        None => Err(vm.key_error(new_str("popitem(): dictionary is empty"))),
    }
}

/// `dict.update` semantics shared by `dict(...)`.
pub fn update_from(vm: &mut Vm, d: &Value, a: &Args<'_>, skip: usize) -> PyResult<()> {
    let p = a.pos();
    if p.len() > skip + 1 {
        return Err(vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            p.len() - skip
        )));
    }
    if let Some(src) = p.get(skip) {
        if src.downcast::<DictData>().is_some() || vm.lookup_special(src, "keys").is_some() {
            for (k, v) in vm.mapping_items(src)? {
                dictops::set(vm, d, k, v)?;
            }
        } else {
            let it = vm.iter(src)?;
            let mut i = 0;
            while let Some(item) = vm.next(&it)? {
                let kv = vm.collect_iterable(&item).map_err(|_| {
                    vm.type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    ))
                })?;
                if kv.len() != 2 {
                    return Err(vm.value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        kv.len()
                    )));
                }
                let mut kv = kv.into_iter();
                let (k, v) = (kv.next().expect("key"), kv.next().expect("value"));
                dictops::set(vm, d, k, v)?;
                i += 1;
            }
        }
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvalues()) {
        dictops::set(vm, d, k.clone(), v.clone())?;
    }
    Ok(())
}

fn update(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &a)?;
    update_from(vm, &d, &a, 1)?;
    Ok(Value::none())
}

fn clear(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &a)?;
    let old = d.downcast::<DictData>().expect("dict").table().clear();
    drop(old);
    Ok(Value::none())
}

fn copy(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &a)?;
    let n = new_dict();
    for (k, v) in dictops::items(&d) {
        dictops::set(vm, &n, k, v)?;
    }
    Ok(n)
}

fn fromkeys(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if !(2..=3).contains(&p.len()) {
        let n = p.len().saturating_sub(1);
        return Err(vm.type_error(if n == 0 {
            "fromkeys expected at least 1 argument, got 0".to_string()
        } else {
            format!("fromkeys expected at most 2 arguments, got {n}")
        }));
    }
    let cls = p[0].clone();
    let d = vm.call(&cls, &[], &[])?;
    let v = p.get(2).cloned().unwrap_or_else(Value::none);
    for k in vm.collect_iterable(&p[1])? {
        vm.setitem(&d, &k, v.clone())?;
    }
    Ok(d)
}

/// `dict.__new__`: an empty dict of the class; `__init__` fills it.
fn dict_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.pos()[0]
        .as_type()
        .ok_or_else(|| vm.type_error("dict.__new__(X): X is not a type object"))?;
    Ok(alloc_instance(
        cls,
        &DICT_TYPE,
        DictData {
            table: std::cell::UnsafeCell::new(DictTable::new()),
        },
    ))
}

fn dict_init(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &a)?;
    update_from(vm, &d, &a, 1)?;
    Ok(Value::none())
}

pub fn register() {
    add_methods(
        &DICT_TYPE,
        &[
            ("keys", keys),
            ("values", values),
            ("items", items),
            ("get", get),
            ("setdefault", setdefault),
            ("pop", pop),
            ("popitem", popitem),
            ("update", update),
            ("clear", clear),
            ("copy", copy),
            ("__init__", dict_init),
        ],
    );
    add_methods_kind(
        &DICT_TYPE,
        &[("fromkeys", fromkeys)],
        BuiltinKind::ClassMethod,
    );
    add_methods_kind(
        &DICT_TYPE,
        &[("__new__", dict_new)],
        BuiltinKind::StaticMethod,
    );
}

/// The dict behind a `mappingproxy` (read-only view of a type's namespace).
pub fn proxy_dict(v: &Value) -> Option<Value> {
    if v.is_ptr() && v.ty().layout == Layout::MappingProxy {
        // SAFETY: mappingproxy objects carry DictViewData.
        Some(
            unsafe { v.payload_unchecked::<DictViewData>() }
                .dict
                .clone(),
        )
    } else {
        None
    }
}

fn proxy_call(vm: &mut Vm, a: Args<'_>, name: &str) -> PyResult<Value> {
    let p = a.pos();
    let d = proxy_dict(&p[0])
        .ok_or_else(|| vm.type_error("descriptor requires a 'mappingproxy' object"))?;
    vm.call_method(&d, name, &p[1..])
}

fn proxy_get(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    proxy_call(vm, a, "get")
}
fn proxy_keys(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    proxy_call(vm, a, "keys")
}
fn proxy_values(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    proxy_call(vm, a, "values")
}
fn proxy_items(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    proxy_call(vm, a, "items")
}
fn proxy_copy(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    proxy_call(vm, a, "copy")
}

pub fn register_proxy() {
    add_methods(
        &MAPPINGPROXY_TYPE,
        &[
            ("get", proxy_get),
            ("keys", proxy_keys),
            ("values", proxy_values),
            ("items", proxy_items),
            ("copy", proxy_copy),
        ],
    );
}
