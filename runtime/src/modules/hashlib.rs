//! `_cinder_hashlib`: the message digests behind `lib/hashlib.py` (MD5,
//! SHA-1 and the SHA-2 family), computed by the RustCrypto crates.
//!
//! A hash object's state lives in a per-thread table and is named by an
//! int handle, so no new object layout is needed; `hashlib.py` wraps the
//! handle in a Python class whose `__del__` frees it.

use std::cell::RefCell;
use std::collections::HashMap;

use sha2::digest::DynDigest;

use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{PyResult, Vm};

use super::add_fn;
use super::math::fixed_args;

#[derive(Default)]
struct Table {
    next: i64,
    live: HashMap<i64, Box<dyn DynDigest>>,
}

thread_local! {
    static TABLE: RefCell<Table> = RefCell::new(Table::default());
}

/// A fresh hasher for algorithm `name` (lower case).
fn hasher(name: &str) -> Option<Box<dyn DynDigest>> {
    Some(match name {
        "md5" => Box::new(md5::Md5::default()),
        "sha1" => Box::new(sha1::Sha1::default()),
        "sha224" => Box::new(sha2::Sha224::default()),
        "sha256" => Box::new(sha2::Sha256::default()),
        "sha384" => Box::new(sha2::Sha384::default()),
        "sha512" => Box::new(sha2::Sha512::default()),
        _ => return None,
    })
}

fn insert(h: Box<dyn DynDigest>) -> i64 {
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        t.next += 1;
        let id = t.next;
        t.live.insert(id, h);
        id
    })
}

/// The data argument: bytes or bytearray.
fn data_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if v.as_str().is_some() {
        return Err(vm.type_error("Unicode-objects must be encoded before hashing"));
    }
    crate::builtins::bytes::bytes_of(v)
        .ok_or_else(|| vm.type_error("object supporting the buffer API required"))
}

fn handle_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    int_as_i64(v).ok_or_else(|| vm.type_error("hash handle must be an int"))
}

fn with_hasher<R>(
    vm: &mut Vm,
    id: i64,
    f: impl FnOnce(&mut Box<dyn DynDigest>) -> R,
) -> PyResult<R> {
    TABLE
        .with(|t| t.borrow_mut().live.get_mut(&id).map(f))
        .ok_or_else(|| vm.value_error("hash object has been freed"))
}

/// `new(name, data)`: a handle, or None for an unknown algorithm.
fn h_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "new", 2, 2)?;
    let name = p[0]
        .as_str()
        .ok_or_else(|| vm.type_error("new() argument 'name' must be str"))?
        .to_ascii_lowercase();
    let data = data_arg(vm, &p[1])?;
    let Some(mut h) = hasher(&name) else {
        return Ok(Value::none());
    };
    h.update(&data);
    Ok(new_int(insert(h)))
}

fn h_update(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "update", 2, 2)?;
    let id = handle_arg(vm, &p[0])?;
    let data = data_arg(vm, &p[1])?;
    with_hasher(vm, id, |h| h.update(&data))?;
    Ok(Value::none())
}

fn h_digest(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "digest", 1, 1)?;
    let id = handle_arg(vm, &p[0])?;
    let out = with_hasher(vm, id, |h| h.box_clone().finalize().into_vec())?;
    Ok(new_bytes(out))
}

fn h_copy(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "copy", 1, 1)?;
    let id = handle_arg(vm, &p[0])?;
    let clone = with_hasher(vm, id, |h| h.box_clone())?;
    Ok(new_int(insert(clone)))
}

fn h_free(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "free", 1, 1)?;
    let id = handle_arg(vm, &p[0])?;
    TABLE.with(|t| t.borrow_mut().live.remove(&id));
    Ok(Value::none())
}

pub fn init(vm: &mut Vm, d: &Value) -> PyResult<()> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("new", h_new),
        ("update", h_update),
        ("digest", h_digest),
        ("copy", h_copy),
        ("free", h_free),
    ];
    for &(name, f) in fns {
        add_fn(vm, d, name, f);
    }
    Ok(())
}
