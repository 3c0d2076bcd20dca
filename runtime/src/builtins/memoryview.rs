//! `memoryview`: one-dimensional views (format 'B', item size 1) of the
//! bytes of a `bytes` (read-only) or `bytearray` (writable).
//!
//! The type is created at start-up as a class with native methods (so the
//! interpreter dispatches its special methods as it does for classes); its
//! instances keep their state in hidden instance slots.

use std::cell::RefCell;

use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{dictops, PyResult, Vm};

/// Hidden slots of a memoryview instance.
const OBJ: usize = 0;
const START: usize = 1;
const STEP: usize = 2;
const LEN: usize = 3;
const RELEASED: usize = 4;
const NSLOTS: usize = 5;

thread_local! {
    static MEMORYVIEW_TYPE: RefCell<Value> = const { RefCell::new(Value::NULL) };
}

fn mv_type() -> Value {
    MEMORYVIEW_TYPE.with(|t| t.borrow().clone())
}

/// True when `v` is a memoryview.
pub fn is_memoryview(v: &Value) -> bool {
    let t = mv_type();
    !t.is_null() && v.is_ptr() && v.ty().to_value().raw() == t.raw()
}

/// The bytes a (live) memoryview shows, for code accepting bytes-like
/// objects; None for other objects and released views.
pub fn memoryview_bytes(v: &Value) -> Option<Vec<u8>> {
    let d = slots(v)?;
    if d.slots[RELEASED].get().is_true_bool() {
        return None;
    }
    let int = |s: &Slot| s.get().as_small_int().unwrap_or(0) as isize;
    let view = View {
        obj: d.slots[OBJ].get(),
        start: int(&d.slots[START]),
        step: int(&d.slots[STEP]),
        len: int(&d.slots[LEN]) as usize,
    };
    Some(view.bytes())
}

/// The state of a memoryview: (underlying object, start, step, length).
struct View {
    obj: Value,
    start: isize,
    step: isize,
    len: usize,
}

fn slots(v: &Value) -> Option<&InstanceData> {
    if !is_memoryview(v) {
        return None;
    }
    v.downcast::<InstanceData>()
        .filter(|d| d.slots.len() == NSLOTS)
}

fn this_raw<'a>(vm: &mut Vm, a: &Args<'a>) -> PyResult<&'a InstanceData> {
    let v = &a.pos()[0];
    slots(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'memoryview' object but received a '{}'",
            v.ty().name()
        ))
    })
}

fn released_error(vm: &mut Vm) -> crate::vm::PyErr {
    vm.value_error("operation forbidden on released memoryview object")
}

fn view_of(vm: &mut Vm, d: &InstanceData) -> PyResult<View> {
    if d.slots[RELEASED].get().is_true_bool() {
        return Err(released_error(vm));
    }
    let int = |s: &Slot| s.get().as_small_int().unwrap_or(0) as isize;
    Ok(View {
        obj: d.slots[OBJ].get(),
        start: int(&d.slots[START]),
        step: int(&d.slots[STEP]),
        len: int(&d.slots[LEN]) as usize,
    })
}

fn this(vm: &mut Vm, a: &Args<'_>) -> PyResult<View> {
    let d = this_raw(vm, a)?;
    view_of(vm, d)
}

trait TrueBool {
    fn is_true_bool(&self) -> bool;
}

impl TrueBool for Value {
    fn is_true_bool(&self) -> bool {
        self.raw() == Value::bool(true).raw()
    }
}

impl View {
    fn readonly(&self) -> bool {
        self.obj.ty().layout != Layout::ByteArray
    }

    /// The viewed bytes (a copy).
    fn bytes(&self) -> Vec<u8> {
        let buf = super::bytes::buf_of(&self.obj).unwrap_or_default();
        (0..self.len)
            .filter_map(|i| {
                let pos = self.start + i as isize * self.step;
                usize::try_from(pos).ok().and_then(|p| buf.get(p).copied())
            })
            .collect()
    }

    /// Position in the underlying buffer of item `i`.
    fn pos(&self, i: usize) -> usize {
        (self.start + i as isize * self.step) as usize
    }
}

fn make_view(obj: Value, start: isize, step: isize, len: usize) -> Value {
    let t = mv_type();
    let ty = t.as_type().expect("memoryview type");
    let data = InstanceData::new(NSLOTS);
    data.slots[OBJ].set(obj);
    data.slots[START].set(new_int(start as i64));
    data.slots[STEP].set(new_int(step as i64));
    data.slots[LEN].set(new_int(len as i64));
    data.slots[RELEASED].set(Value::bool(false));
    alloc(ty, data)
}

fn mv_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let obj = p.get(1).cloned().or_else(|| {
        a.kwnames
            .iter()
            .position(|k| k.as_str() == Some("object"))
            .map(|i| a.kwvalues()[i].clone())
    });
    if p.len() + a.kwnames.len() != 2 {
        return Err(vm.type_error(format!(
            "memoryview() takes exactly 1 argument ({} given)",
            p.len() + a.kwnames.len() - 1
        )));
    }
    let obj = obj
        .ok_or_else(|| vm.type_error("memoryview() missing required argument 'object' (pos 1)"))?;
    if let Some(d) = slots(&obj) {
        let v = view_of(vm, d)?;
        return Ok(make_view(v.obj, v.start, v.step, v.len));
    }
    match obj.ty().layout {
        Layout::Bytes | Layout::ByteArray => {
            let n = super::bytes::buf_of(&obj).map_or(0, |b| b.len());
            Ok(make_view(obj, 0, 1, n))
        }
        _ => Err(vm.type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            obj.ty().name()
        ))),
    }
}

fn mv_len(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(new_int(this(vm, &a)?.len as i64))
}

/// An item index (negative from the end) checked against the view.
fn item_index(vm: &mut Vm, v: &View, key: &Value) -> PyResult<usize> {
    let i = vm.index_isize(key).map_err(|e| {
        if e.is_instance(&super::exc::TYPE_ERROR) {
            vm.type_error("memoryview: invalid slice key")
        } else {
            e
        }
    })?;
    let n = v.len as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_error(
            &super::exc::INDEX_ERROR,
            "index out of bounds on dimension 1",
        ));
    }
    Ok(j as usize)
}

fn buffer_byte(vm: &mut Vm, v: &View, pos: usize) -> PyResult<u8> {
    let buf = super::bytes::buf_of(&v.obj).unwrap_or_default();
    buf.get(pos).copied().ok_or_else(|| {
        vm.new_error(
            &super::exc::INDEX_ERROR,
            "index out of bounds on dimension 1",
        )
    })
}

fn mv_getitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = this(vm, &a)?;
    let key = a.pos()[1].clone();
    if let Some(s) = key.downcast::<SliceData>() {
        let (start, _stop, step, n) = super::slice_indices(vm, s, v.len)?;
        return Ok(make_view(
            v.obj.clone(),
            v.start + start * v.step,
            v.step * step,
            n,
        ));
    }
    if key.ty().layout == Layout::Tuple {
        if tuple_items(&key).is_some_and(|t| t.is_empty()) {
            return Err(vm.type_error("invalid indexing of 0-dim memory"));
        }
        return Err(vm.new_error(
            &super::exc::NOT_IMPLEMENTED_ERROR,
            "multi-dimensional sub-views are not implemented",
        ));
    }
    let i = item_index(vm, &v, &key)?;
    let b = buffer_byte(vm, &v, v.pos(i))?;
    Ok(Value::small_int(b as i64))
}

/// Stores bytes into the bytearray behind a writable view.
fn store(vm: &mut Vm, v: &View, positions: &[usize], values: &[u8]) -> PyResult<()> {
    let ba = v
        .obj
        .downcast::<ByteArrayData>()
        .ok_or_else(|| vm.type_error("cannot modify read-only memory"))?;
    // SAFETY: single-threaded; no other borrow of the vector is live while
    // this native function runs.
    let buf = unsafe { &mut *ba.b.get() };
    if positions.iter().any(|&p| p >= buf.len()) {
        return Err(vm.new_error(
            &super::exc::INDEX_ERROR,
            "index out of bounds on dimension 1",
        ));
    }
    for (&p, &b) in positions.iter().zip(values) {
        buf[p] = b;
    }
    Ok(())
}

fn mv_setitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = this(vm, &a)?;
    if v.readonly() {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let key = a.pos()[1].clone();
    let value = a.pos()[2].clone();
    if let Some(s) = key.downcast::<SliceData>() {
        let (start, _stop, step, n) = super::slice_indices(vm, s, v.len)?;
        let src = if let Some(d) = slots(&value) {
            view_of(vm, d)?.bytes()
        } else if let Some(b) = super::bytes::buf_of(&value) {
            b.into_owned()
        } else {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                value.ty().name()
            )));
        };
        if src.len() != n {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let positions: Vec<usize> = (0..n)
            .map(|k| (v.start + (start + k as isize * step) * v.step) as usize)
            .collect();
        store(vm, &v, &positions, &src)?;
        return Ok(Value::none());
    }
    let i = item_index(vm, &v, &key)?;
    let Some(x) = int_as_i64(&value).or_else(|| {
        if int_as_bigint(&value).is_some() {
            Some(-1)
        } else {
            None
        }
    }) else {
        return Err(vm.type_error("memoryview: invalid type for format 'B'"));
    };
    if !(0..=255).contains(&x) {
        return Err(vm.value_error("memoryview: invalid value for format 'B'"));
    }
    store(vm, &v, &[v.pos(i)], &[x as u8])?;
    Ok(Value::none())
}

fn mv_delitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = this(vm, &a)?;
    Err(vm.type_error(if v.readonly() {
        "cannot modify read-only memory"
    } else {
        "cannot delete memory"
    }))
}

fn mv_tobytes(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(new_bytes(this(vm, &a)?.bytes()))
}

fn mv_tolist(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &a)?.bytes();
    Ok(new_list(
        b.into_iter().map(|x| Value::small_int(x as i64)).collect(),
    ))
}

fn mv_hex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &a)?.bytes();
    Ok(new_string(super::bytes::hex_with_sep(&b, None, 1)))
}

fn mv_iter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let l = mv_tolist(vm, a)?;
    vm.iter(&l)
}

fn mv_release(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = this_raw(vm, &a)?;
    d.slots[RELEASED].set(Value::bool(true));
    d.slots[OBJ].set(Value::none());
    Ok(Value::none())
}

fn mv_enter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    this(vm, &a)?;
    Ok(a.pos()[0].clone())
}

fn mv_exit(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = this_raw(vm, &a)?;
    d.slots[RELEASED].set(Value::bool(true));
    d.slots[OBJ].set(Value::none());
    Ok(Value::none())
}

fn mv_toreadonly(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = this(vm, &a)?;
    // A read-only view of a bytearray's current bytes.
    let obj = if v.readonly() {
        v.obj.clone()
    } else {
        new_bytes(v.bytes())
    };
    if v.readonly() {
        Ok(make_view(obj, v.start, v.step, v.len))
    } else {
        Ok(make_view(obj, 0, 1, v.len))
    }
}

fn mv_eq(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p[0].is(&p[1]) {
        return Ok(Value::bool(true));
    }
    let d = this_raw(vm, &a)?;
    if d.slots[RELEASED].get().is_true_bool() {
        return Ok(Value::bool(false));
    }
    let mine = view_of(vm, d)?.bytes();
    let other = if let Some(od) = slots(&p[1]) {
        if od.slots[RELEASED].get().is_true_bool() {
            return Ok(Value::bool(false));
        }
        view_of(vm, od)?.bytes()
    } else if let Some(b) = super::bytes::buf_of(&p[1]) {
        b.into_owned()
    } else {
        return Ok(Value::not_implemented());
    };
    Ok(Value::bool(mine == other))
}

fn mv_ne(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = mv_eq(vm, a)?;
    if r.is_not_implemented() {
        return Ok(r);
    }
    Ok(Value::bool(!r.is_true_bool()))
}

fn mv_hash(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = this(vm, &a)?;
    if !v.readonly() {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    let b = new_bytes(v.bytes());
    Ok(new_int(vm.hash(&b)?))
}

fn mv_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = this_raw(vm, &a)?;
    let released = d.slots[RELEASED].get().is_true_bool();
    Ok(new_string(format!(
        "<{}memory at {:#x}>",
        if released { "released " } else { "" },
        a.pos()[0].raw()
    )))
}

fn mv_bytes(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    mv_tobytes(vm, a)
}

fn mv_obj(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(this(vm, &a)?.obj)
}
fn mv_readonly(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::bool(this(vm, &a)?.readonly()))
}
fn mv_format(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    this(vm, &a)?;
    Ok(new_str("B"))
}
fn mv_itemsize(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    this(vm, &a)?;
    Ok(Value::small_int(1))
}
fn mv_nbytes(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(new_int(this(vm, &a)?.len as i64))
}
fn mv_ndim(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    this(vm, &a)?;
    Ok(Value::small_int(1))
}
fn mv_shape(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = this(vm, &a)?;
    Ok(new_tuple(vec![new_int(v.len as i64)]))
}
fn mv_strides(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = this(vm, &a)?;
    Ok(new_tuple(vec![new_int(v.step as i64)]))
}
fn mv_suboffsets(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    this(vm, &a)?;
    Ok(new_tuple(vec![]))
}
fn mv_contiguous(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = this(vm, &a)?;
    Ok(Value::bool(v.step == 1 || v.len <= 1))
}

fn descriptor(owner: &Value, name: &'static str, func: NativeFn, kind: BuiltinKind) -> Value {
    alloc(
        &METHOD_DESCRIPTOR_TYPE,
        BuiltinFunctionData {
            name,
            func,
            self_: Value::NULL,
            owner: owner.clone(),
            doc: None,
            kind,
        },
    )
}

/// Creates the `memoryview` type and adds it to the builtins namespace `d`.
pub fn register(vm: &mut Vm, d: &Value) -> PyResult<()> {
    let ns = new_dict();
    let set = |vm: &mut Vm, k: &str, v: Value| {
        let kk = vm.intern(k);
        dictops::set_str(&ns, kk, v);
    };
    set(vm, "__slots__", new_tuple(vec![]));
    set(vm, "__module__", new_str("builtins"));
    set(
        vm,
        "__doc__",
        new_str("Create a new memoryview object which references the given object."),
    );
    let t = vm.call(
        &TYPE_TYPE.to_value(),
        &[
            new_str("memoryview"),
            new_tuple(vec![OBJECT_TYPE.to_value()]),
            ns,
        ],
        &[],
    )?;
    let ty = t.as_type().expect("type() returns a type");
    // Like CPython's, the type cannot be subclassed.
    ty.flags.set(ty.flags.get() & !type_flags::BASETYPE);
    MEMORYVIEW_TYPE.with(|m| *m.borrow_mut() = t.clone());
    let methods: &[(&'static str, NativeFn)] = &[
        ("__len__", mv_len),
        ("__getitem__", mv_getitem),
        ("__setitem__", mv_setitem),
        ("__delitem__", mv_delitem),
        ("__iter__", mv_iter),
        ("__eq__", mv_eq),
        ("__ne__", mv_ne),
        ("__repr__", mv_repr),
        ("__bytes__", mv_bytes),
        ("__enter__", mv_enter),
        ("__exit__", mv_exit),
        ("tobytes", mv_tobytes),
        ("tolist", mv_tolist),
        ("hex", mv_hex),
        ("release", mv_release),
        ("toreadonly", mv_toreadonly),
    ];
    for (name, f) in methods {
        let m = descriptor(&t, name, *f, BuiltinKind::Method);
        vm.setattr(&t, &new_str(name), m)?;
    }
    // The interpreter takes a native `__hash__` on a class for an inherited
    // builtin one: this one is a Python function calling the native code.
    let g = new_dict();
    let hk = vm.intern("_hash");
    dictops::set_str(&g, hk, new_builtin("__hash__", mv_hash));
    vm.exec_source(
        "def __hash__(self):\n    return _hash(self)\n",
        "<memoryview>",
        crate::compile::Mode::Exec,
        &g,
    )?;
    let hk = vm.intern("__hash__");
    if let Some(h) = dictops::get_str_key(&g, &hk) {
        vm.setattr(&h, &new_str("__qualname__"), new_str("memoryview.__hash__"))?;
        vm.setattr(&t, &hk, h)?;
    }
    let new = descriptor(&t, "__new__", mv_new, BuiltinKind::StaticMethod);
    vm.setattr(&t, &new_str("__new__"), new)?;
    let props: &[(&'static str, NativeFn)] = &[
        ("obj", mv_obj),
        ("readonly", mv_readonly),
        ("format", mv_format),
        ("itemsize", mv_itemsize),
        ("nbytes", mv_nbytes),
        ("ndim", mv_ndim),
        ("shape", mv_shape),
        ("strides", mv_strides),
        ("suboffsets", mv_suboffsets),
        ("c_contiguous", mv_contiguous),
        ("f_contiguous", mv_contiguous),
        ("contiguous", mv_contiguous),
    ];
    for (name, f) in props {
        let getter = new_builtin(name, *f);
        let p = vm.call(&PROPERTY_TYPE.to_value(), &[getter], &[])?;
        vm.setattr(&t, &new_str(name), p)?;
    }
    let k = vm.intern("memoryview");
    dictops::set_str(d, k, t);
    Ok(())
}
