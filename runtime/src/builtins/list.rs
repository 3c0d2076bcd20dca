//! `list` and `tuple` methods.

use crate::bytecode::CompareOp;
use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{PyResult, Vm};

use super::{add_methods, add_methods_kind, seq_index, slice_indices, slice_select};

fn list_of(vm: &mut Vm, v: &Value) -> PyResult<&'static ListData> {
    match v.downcast::<ListData>() {
        // SAFETY-free lifetime extension is not needed: callers hold `v`.
        Some(l) => Ok(unsafe_extend(l)),
        None => Err(vm.type_error(format!(
            "descriptor requires a 'list' object but received a '{}'",
            v.ty().name()
        ))),
    }
}

fn unsafe_extend(l: &ListData) -> &'static ListData {
    // SAFETY: every caller keeps the list's Value alive for as long as it uses the reference.
    unsafe { &*(l as *const ListData) }
}

pub fn getitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    let l = list_of(vm, obj)?;
    if let Some(s) = key.downcast::<SliceData>() {
        let len = l.vec().len();
        let (start, _, step, n) = slice_indices(vm, s, len)?;
        return Ok(new_list(slice_select(start, step, n, l.vec())));
    }
    let len = l.vec().len();
    let i = seq_index(vm, key, len, "list")?;
    Ok(l.vec()[i].clone())
}

pub fn setitem(vm: &mut Vm, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
    let l = list_of(vm, obj)?;
    if let Some(s) = key.downcast::<SliceData>() {
        let items = vm.collect_iterable(&value)?;
        let len = l.vec().len();
        let (start, stop, step, n) = slice_indices(vm, s, len)?;
        if step == 1 {
            let stop = stop.max(start) as usize;
            l.vec().splice(start as usize..stop, items);
            return Ok(());
        }
        if items.len() != n {
            return Err(vm.value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                items.len(),
                n
            )));
        }
        for (i, it) in items.into_iter().enumerate() {
            let idx = (start + i as isize * step) as usize;
            l.vec()[idx] = it;
        }
        return Ok(());
    }
    let len = l.vec().len();
    let i = seq_index(vm, key, len, "list").map_err(|e| {
        if e.is_instance(&super::exc::INDEX_ERROR) {
            vm.index_error("list assignment index out of range")
        } else {
            e
        }
    })?;
    let old = std::mem::replace(&mut l.vec()[i], value);
    drop(old);
    Ok(())
}

pub fn delitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<()> {
    let l = list_of(vm, obj)?;
    if let Some(s) = key.downcast::<SliceData>() {
        let len = l.vec().len();
        let (start, _, step, n) = slice_indices(vm, s, len)?;
        let mut idx: Vec<usize> = (0..n)
            .map(|i| (start + i as isize * step) as usize)
            .collect();
        idx.sort_unstable();
        let removed: Vec<Value> = idx.iter().rev().map(|&i| l.vec().remove(i)).collect();
        drop(removed);
        return Ok(());
    }
    let len = l.vec().len();
    let i = seq_index(vm, key, len, "list").map_err(|e| {
        if e.is_instance(&super::exc::INDEX_ERROR) {
            vm.index_error("list assignment index out of range")
        } else {
            e
        }
    })?;
    let v = l.vec().remove(i);
    drop(v);
    Ok(())
}

fn append(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 2 {
        return Err(vm.type_error(format!(
            "append() takes exactly one argument ({} given)",
            p.len() - 1
        )));
    }
    list_of(vm, &p[0])?.vec().push(p[1].clone());
    Ok(Value::none())
}

fn extend(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let items = vm.collect_iterable(&p[1])?;
    list_of(vm, &p[0])?.vec().extend(items);
    Ok(Value::none())
}

fn pop(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let l = list_of(vm, &p[0])?;
    let len = l.vec().len();
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = match p.get(1) {
        Some(k) => seq_index(vm, k, len, "pop").map_err(|e| {
            if e.is_instance(&super::exc::INDEX_ERROR) {
                vm.index_error("pop index out of range")
            } else {
                e
            }
        })?,
        None => len - 1,
    };
    Ok(l.vec().remove(i))
}

fn insert(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 3 {
        return Err(vm.type_error(format!("insert expected 2 arguments, got {}", p.len() - 1)));
    }
    let l = list_of(vm, &p[0])?;
    let len = l.vec().len() as isize;
    let i = vm.index_isize(&p[1])?;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.vec().insert(i as usize, p[2].clone());
    Ok(Value::none())
}

fn find(vm: &mut Vm, seq: &Value, x: &Value) -> PyResult<Option<usize>> {
    let items = match tuple_items(seq) {
        Some(t) => t.to_vec(),
        None => list_of(vm, seq)?.vec().clone(),
    };
    for (i, it) in items.iter().enumerate() {
        if vm.eq_bool(it, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn remove(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    match find(vm, &p[0], &p[1])? {
        Some(i) => {
            let v = list_of(vm, &p[0])?.vec().remove(i);
            drop(v);
            Ok(Value::none())
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn index(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let items = match tuple_items(&p[0]) {
        Some(t) => t.to_vec(),
        None => list_of(vm, &p[0])?.vec().clone(),
    };
    let len = items.len() as isize;
    let norm = |i: isize| if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    let start = match p.get(2) {
        Some(v) => norm(vm.index_isize(v)?),
        None => 0,
    };
    let stop = match p.get(3) {
        Some(v) => norm(vm.index_isize(v)?),
        None => items.len(),
    };
    for (i, it) in items.iter().enumerate().take(stop).skip(start) {
        if vm.eq_bool(it, &p[1])? {
            return Ok(new_int(i as i64));
        }
    }
    if p[0].downcast::<TupleData>().is_some() {
        Err(vm.value_error("tuple.index(x): x not in tuple"))
    } else {
        let r = vm.repr(&p[1])?;
        Err(vm.value_error(format!("{r} is not in list")))
    }
}

fn count(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let items = match tuple_items(&p[0]) {
        Some(t) => t.to_vec(),
        None => list_of(vm, &p[0])?.vec().clone(),
    };
    let mut n = 0;
    for it in &items {
        if vm.eq_bool(it, &p[1])? {
            n += 1;
        }
    }
    Ok(new_int(n))
}

fn reverse(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    list_of(vm, &a.pos()[0])?.vec().reverse();
    Ok(Value::none())
}

fn clear(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let old = std::mem::take(list_of(vm, &a.pos()[0])?.vec());
    drop(old);
    Ok(Value::none())
}

fn copy(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(new_list(list_of(vm, &a.pos()[0])?.vec().clone()))
}

/// Stable sort of values with an optional key function, propagating errors.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(k) if !k.is_none() => {
            let mut ks = Vec::with_capacity(items.len());
            for it in items.iter() {
                ks.push(vm.call(k, std::slice::from_ref(it), &[])?);
            }
            ks
        }
        _ => items.clone(),
    };
    // reverse=True: reverse, stable-sort ascending, reverse again (keeps
    // equal elements in their original order, as CPython does).
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    super::sort::sort(&mut idx, &mut |&i: &usize, &j: &usize| {
        let (a, b) = (&keys[i], &keys[j]);
        if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
            return Ok(x < y);
        }
        let r = vm.compare(a, b, CompareOp::Lt)?;
        vm.truthy(&r)
    })?;
    if reverse {
        idx.reverse();
    }
    let sorted: Vec<Value> = idx.iter().map(|&i| items[i].clone()).collect();
    *items = sorted;
    Ok(())
}

fn sort(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let mut key = None;
    let mut rev = false;
    for (k, v) in a.kwnames.iter().zip(a.kwvalues()) {
        match k.as_str() {
            Some("key") => key = Some(v.clone()),
            Some("reverse") => rev = vm.truthy(v)?,
            Some(other) => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for sort()"
                )))
            }
            None => {}
        }
    }
    let l = list_of(vm, &p[0])?;
    let mut items = std::mem::take(l.vec());
    let r = sort_values(vm, &mut items, key.as_ref(), rev);
    // The list is empty (and unallocated) while it sorts: anything the key
    // or comparisons put in it, even if removed again, left an allocation.
    let modified = !l.vec().is_empty() || l.vec().capacity() != 0;
    *l.vec() = items;
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::none())
}

/// `list.__new__`: an empty list of the class; `__init__` fills it.
fn list_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.pos()[0]
        .as_type()
        .ok_or_else(|| vm.type_error("list.__new__(X): X is not a type object"))?;
    Ok(alloc_instance(
        cls,
        &LIST_TYPE,
        ListData {
            items: std::cell::UnsafeCell::new(Vec::new()),
        },
    ))
}

fn list_init(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() > 2 {
        return Err(vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            p.len() - 1
        )));
    }
    if a.has_kwargs() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    let items = match p.get(1) {
        Some(it) => vm.collect_iterable(it)?,
        None => Vec::new(),
    };
    let l = list_of(vm, &p[0])?;
    let old = std::mem::replace(l.vec(), items);
    drop(old);
    Ok(Value::none())
}

fn tuple_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() > 2 {
        return Err(vm.type_error(format!(
            "tuple expected at most 1 argument, got {}",
            p.len() - 1
        )));
    }
    match p.get(1) {
        Some(it) if it.is_exact(&TUPLE_TYPE) => Ok(it.clone()),
        Some(it) => {
            let items = vm.collect_iterable(it)?;
            Ok(new_tuple(items))
        }
        None => Ok(new_tuple(vec![])),
    }
}

fn reversed_list(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let l = &a.pos()[0];
    let n = vm.len(l)? as isize;
    Ok(new_iter(
        &LIST_REVERSEITERATOR_TYPE,
        IterKind::Reversed {
            seq: l.clone(),
            index: n - 1,
        },
    ))
}

pub fn register() {
    add_methods(
        &LIST_TYPE,
        &[
            ("append", append),
            ("extend", extend),
            ("pop", pop),
            ("insert", insert),
            ("remove", remove),
            ("index", index),
            ("count", count),
            ("reverse", reverse),
            ("clear", clear),
            ("copy", copy),
            ("sort", sort),
            ("__reversed__", reversed_list),
            ("__init__", list_init),
        ],
    );
    add_methods(&TUPLE_TYPE, &[("index", index), ("count", count)]);
    add_methods_kind(
        &LIST_TYPE,
        &[("__new__", list_new)],
        BuiltinKind::StaticMethod,
    );
    add_methods_kind(
        &TUPLE_TYPE,
        &[("__new__", tuple_new)],
        BuiltinKind::StaticMethod,
    );
}
