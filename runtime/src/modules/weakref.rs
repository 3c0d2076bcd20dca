//! `_weakref`: the registry under `lib/weakref.py`.
//!
//! A weak reference is a token in a per-thread registry that maps it to its
//! target's address, never owning the target. When an object with tokens
//! is deallocated (`object_dying`, called from the deallocator while any
//! token is live), its tokens go dead and the notifications registered with
//! them (the Python `ref`'s callback trampolines) are queued; the
//! interpreter runs them at its next check point, as it runs `__del__`.
//! The `ref`, `proxy`, `WeakValueDictionary`, ... classes are Python code
//! over these functions.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::mem::ManuallyDrop;

use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{PyResult, Vm};

struct Entry {
    /// The target's address; 0 once it died.
    addr: usize,
    /// Called (without arguments) when the target dies; NULL for none.
    notify: Value,
}

#[derive(Default)]
struct Registry {
    tokens: HashMap<u64, Entry>,
    by_target: HashMap<usize, Vec<u64>>,
    next: u64,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = RefCell::new(Registry::default());
    /// Objects with live tokens (the deallocator's cheap test).
    static TRACKED: Cell<usize> = const { Cell::new(0) };
    /// Notifications of targets that died, waiting for the interpreter.
    static PENDING: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// Called for every object about to be freed: cheap unless weak references
/// exist.
#[inline]
pub fn object_dying(addr: usize) {
    if TRACKED.try_with(Cell::get).unwrap_or(0) == 0 {
        return;
    }
    let notes = REGISTRY.try_with(|r| {
        let mut r = r.borrow_mut();
        let Some(tokens) = r.by_target.remove(&addr) else {
            return Vec::new();
        };
        TRACKED.with(|t| t.set(t.get() - 1));
        let mut notes = Vec::new();
        for tok in tokens {
            if let Some(e) = r.tokens.get_mut(&tok) {
                e.addr = 0;
                let n = std::mem::replace(&mut e.notify, Value::NULL);
                if !n.is_null() {
                    notes.push(n);
                }
            }
        }
        notes
    });
    if let Ok(notes) = notes {
        if !notes.is_empty() {
            let _ = PENDING.try_with(|p| p.borrow_mut().extend(notes));
            crate::builtins::gen::FINALIZERS_PENDING
                .store(true, std::sync::atomic::Ordering::Relaxed);
        }
    }
}

/// Runs the queued death notifications (weakref callbacks).
pub fn run_pending(vm: &mut Vm) {
    while let Some(n) = PENDING.with(|p| {
        let mut p = p.borrow_mut();
        (!p.is_empty()).then(|| p.remove(0))
    }) {
        if let Err(e) = vm.call(&n, &[], &[]) {
            vm.print_unraisable(&e.exc, &n);
        }
    }
}

/// Whether `v` can be weakly referenced (CPython: not ints, strs, tuples,
/// lists, dicts and the like).
fn referenceable(v: &Value) -> bool {
    if !v.is_ptr() {
        return false;
    }
    let ty = v.ty();
    ty.is_heap()
        || matches!(
            ty.layout,
            Layout::Function
                | Layout::BuiltinFunction
                | Layout::Method
                | Layout::Type
                | Layout::Set
                | Layout::FrozenSet
                | Layout::Generator
                | Layout::Module
                | Layout::Code
                | Layout::Property
                | Layout::StaticMethod
                | Layout::ClassMethod
        )
}

fn token_arg(vm: &mut Vm, v: &Value) -> PyResult<u64> {
    int_as_i64(v)
        .filter(|&t| t >= 0)
        .map(|t| t as u64)
        .ok_or_else(|| vm.type_error("invalid weak reference token"))
}

/// `register(obj, notify)`: a new token for `obj`; `notify()` is called when
/// `obj` dies (None: no call).
fn register(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let (Some(obj), Some(notify)) = (p.first(), p.get(1)) else {
        return Err(vm.type_error("register() takes 2 arguments"));
    };
    if !referenceable(obj) {
        return Err(vm.type_error(format!(
            "cannot create weak reference to '{}' object",
            obj.ty().name()
        )));
    }
    let addr = obj.raw();
    let notify = if notify.is_none() {
        Value::NULL
    } else {
        notify.clone()
    };
    let tok = REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.next += 1;
        let tok = r.next;
        r.tokens.insert(tok, Entry { addr, notify });
        let list = r.by_target.entry(addr).or_default();
        if list.is_empty() {
            TRACKED.with(|t| t.set(t.get() + 1));
        }
        list.push(tok);
        tok
    });
    Ok(new_int(tok as i64))
}

/// `get(token)`: the target, or None once it died.
fn get(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let tok = token_arg(vm, a.pos().first().unwrap_or(&Value::none()))?;
    let addr = REGISTRY.with(|r| r.borrow().tokens.get(&tok).map_or(0, |e| e.addr));
    if addr == 0 {
        return Ok(Value::none());
    }
    // SAFETY: a live token's address is a live object (its entry is cleared
    // before the object is freed); the borrowed word is cloned (a new
    // count) and the borrowed Value is never dropped.
    let borrowed = ManuallyDrop::new(unsafe { Value::from_raw(addr) });
    Ok((*borrowed).clone())
}

/// `unregister(token)`: forget a token (its `ref` died).
fn unregister(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let tok = token_arg(vm, a.pos().first().unwrap_or(&Value::none()))?;
    let dropped = REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let e = r.tokens.remove(&tok)?;
        if e.addr != 0 {
            if let Some(list) = r.by_target.get_mut(&e.addr) {
                list.retain(|&t| t != tok);
                if list.is_empty() {
                    r.by_target.remove(&e.addr);
                    TRACKED.with(|t| t.set(t.get() - 1));
                }
            }
        }
        Some(e.notify)
    });
    // The notification (if any) is released outside the registry borrow.
    drop(dropped);
    Ok(Value::none())
}

/// `count(obj)`: how many live tokens refer to `obj`.
fn count(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let addr = a.pos().first().map_or(0, |v| v.raw());
    let n = REGISTRY.with(|r| r.borrow().by_target.get(&addr).map_or(0, Vec::len));
    Ok(new_int(n as i64))
}

/// `tokens(obj)`: the live tokens referring to `obj`.
fn tokens(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let addr = a.pos().first().map_or(0, |v| v.raw());
    let toks: Vec<Value> = REGISTRY.with(|r| {
        r.borrow()
            .by_target
            .get(&addr)
            .map(|l| l.iter().map(|&t| new_int(t as i64)).collect())
            .unwrap_or_default()
    });
    Ok(new_list(toks))
}

pub fn init(vm: &mut Vm, d: &Value) -> PyResult<()> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("register", register),
        ("get", get),
        ("unregister", unregister),
        ("count", count),
        ("tokens", tokens),
    ];
    for &(name, f) in fns {
        super::add_fn(vm, d, name, f);
    }
    Ok(())
}
