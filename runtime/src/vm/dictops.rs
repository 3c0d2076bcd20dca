//! Dict and set operations whose key comparisons may run Python code.
//!
//! Pattern: probe the table with short borrows; when a candidate needs a
//! Python `__eq__`, clone it, release the borrow, compare, and restart the
//! lookup if the table changed meanwhile (as CPython does).

use crate::object::dict::Slot as DSlot;
use crate::object::set::Found;
use crate::object::*;
use crate::vm::{convert, PyResult, Vm};

/// Equality that never runs Python code, or None when Python code is needed.
#[inline]
fn pure_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    if let (Some(x), Some(y)) = (a.downcast::<StrData>(), b.downcast::<StrData>()) {
        if a.is_exact(&STR_TYPE) && b.is_exact(&STR_TYPE) {
            return Some(x.s == y.s);
        }
    }
    if a.is_small_int() && b.is_small_int() {
        return Some(false);
    }
    None
}

fn dict_data(d: &Value) -> &DictData {
    d.downcast::<DictData>()
        .expect("dict operation on a non-dict")
}

/// Lookup of a str key without running Python code (namespaces, type dicts).
#[inline]
pub fn get_str_key(d: &Value, key: &Value) -> Option<Value> {
    let dd = d.downcast::<DictData>()?;
    let ks = key.downcast::<StrData>()?;
    let h = convert::str_hash(ks);
    let t = dd.table();
    t.find_with(h, |k| {
        k.is(key) || k.downcast::<StrData>().is_some_and(|s| s.s == ks.s)
    })
    .map(|i| t.entries[i].value.clone())
}

/// Finds the entry index of `key` (hash `h`).
pub fn find(vm: &mut Vm, d: &Value, key: &Value, h: i64) -> PyResult<Option<usize>> {
    let dd = dict_data(d);
    'restart: loop {
        let t = dd.table();
        let version = t.version;
        let Some(mut p) = t.probe_start(h) else {
            return Ok(None);
        };
        loop {
            let t = dd.table();
            match t.probe_next(&mut p) {
                DSlot::Empty { .. } => return Ok(None),
                DSlot::Entry { index, .. } => {
                    let e = &t.entries[index];
                    if e.hash != h {
                        continue;
                    }
                    match pure_eq(&e.key, key) {
                        Some(true) => return Ok(Some(index)),
                        Some(false) => continue,
                        None => {
                            let k = e.key.clone();
                            let eq = vm.eq_bool(&k, key)?;
                            if dd.table().version != version {
                                continue 'restart;
                            }
                            if eq {
                                return Ok(Some(index));
                            }
                        }
                    }
                }
            }
        }
    }
}

pub fn get(vm: &mut Vm, d: &Value, key: &Value) -> PyResult<Option<Value>> {
    let h = vm.hash(key)?;
    get_with_hash(vm, d, key, h)
}

pub fn get_with_hash(vm: &mut Vm, d: &Value, key: &Value, h: i64) -> PyResult<Option<Value>> {
    Ok(find(vm, d, key, h)?.map(|i| dict_data(d).table().entries[i].value.clone()))
}

pub fn set(vm: &mut Vm, d: &Value, key: Value, value: Value) -> PyResult<()> {
    let h = vm.hash(&key)?;
    set_with_hash(vm, d, key, value, h)
}

pub fn set_with_hash(vm: &mut Vm, d: &Value, key: Value, value: Value, h: i64) -> PyResult<()> {
    match find(vm, d, &key, h)? {
        Some(i) => {
            let old = dict_data(d).table().replace_value(i, value);
            drop(old);
        }
        None => dict_data(d).table().insert_new(h, key, value),
    }
    Ok(())
}

/// Sets a str key (namespaces); never runs Python code.
pub fn set_str(d: &Value, key: Value, value: Value) {
    let dd = dict_data(d);
    let ks = key.downcast::<StrData>().expect("str key");
    let h = convert::str_hash(ks);
    let t = dd.table();
    let found = t.find_with(h, |k| {
        k.is(&key) || k.downcast::<StrData>().is_some_and(|s| s.s == ks.s)
    });
    match found {
        Some(i) => {
            let old = t.replace_value(i, value);
            drop(old);
        }
        None => t.insert_new(h, key, value),
    }
}

/// Removes `key`; returns its value if it was present.
pub fn remove(vm: &mut Vm, d: &Value, key: &Value) -> PyResult<Option<Value>> {
    let h = vm.hash(key)?;
    match find(vm, d, key, h)? {
        Some(i) => {
            let (_k, v) = dict_data(d).table().remove_index(i);
            Ok(Some(v))
        }
        None => Ok(None),
    }
}

/// Snapshot of the live items (safe to iterate while running Python code).
pub fn items(d: &Value) -> Vec<(Value, Value)> {
    dict_data(d)
        .table()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect()
}

pub fn len(d: &Value) -> usize {
    dict_data(d).table().len()
}

// ---------------------------------------------------------------------------
// sets

fn set_find(vm: &mut Vm, s: &SetData, key: &Value, h: i64) -> PyResult<Found> {
    'restart: loop {
        let t = s.table();
        // First pass: pure comparisons only; remember whether a Python
        // comparison is needed.
        let mut needs_python: Option<usize> = None;
        let found = t.find_with(h, |k| match pure_eq(k, key) {
            Some(b) => b,
            None => {
                needs_python.get_or_insert(0);
                false
            }
        });
        if needs_python.is_none() {
            return Ok(found);
        }
        // Slow path: walk the probe sequence, comparing with Python `__eq__`.
        let mut candidates = Vec::new();
        let snapshot_len = t.slots.len();
        t.probe(h, |i| {
            if t.is_empty_slot(i) {
                return Some(());
            }
            let e = &t.slots[i];
            if !e.key.is_null() && e.hash == h {
                candidates.push((i, e.key.clone()));
            }
            None
        });
        for (i, k) in candidates {
            let eq = vm.eq_bool(&k, key)?;
            let t = s.table();
            if t.slots.len() != snapshot_len || !t.slots[i].key.is(&k) {
                continue 'restart;
            }
            if eq {
                return Ok(Found::Active(i));
            }
        }
        return Ok(found);
    }
}

pub fn set_contains(vm: &mut Vm, s: &Value, key: &Value) -> PyResult<bool> {
    let h = vm.hash(key)?;
    let sd = s.as_set().expect("set");
    Ok(matches!(set_find(vm, sd, key, h)?, Found::Active(_)))
}

pub fn set_add(vm: &mut Vm, s: &Value, key: Value) -> PyResult<()> {
    let h = vm.hash(&key)?;
    let sd = s.as_set().expect("set");
    if let Found::Vacant(slot, dummy) = set_find(vm, sd, &key, h)? {
        sd.table().insert_at(slot, dummy, h, key);
    }
    Ok(())
}

pub fn set_discard(vm: &mut Vm, s: &Value, key: &Value) -> PyResult<bool> {
    let h = vm.hash(key)?;
    let sd = s.as_set().expect("set");
    match set_find(vm, sd, key, h)? {
        Found::Active(i) => {
            let k = sd.table().remove_at(i);
            drop(k);
            Ok(true)
        }
        Found::Vacant(..) => Ok(false),
    }
}

pub fn set_items(s: &Value) -> Vec<Value> {
    s.as_set()
        .expect("set")
        .table()
        .iter()
        .map(|e| e.key.clone())
        .collect()
}
