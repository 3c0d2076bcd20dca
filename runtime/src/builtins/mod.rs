//! Builtin types' methods, the `builtins` module and `sys`.

pub mod bytearray;
pub mod bytes;
pub mod codecs;
pub mod compare;
pub mod complex;
pub mod coro;
pub mod dict;
pub mod exc;
pub mod file;
pub mod func;
pub mod functions;
pub mod gen;
pub mod iterators;
pub mod list;
pub mod memoryview;
pub mod numbers;
pub mod percent;
pub mod range;
pub mod repr;
pub mod set;
pub mod slots;
pub mod sort;
pub mod str;
pub mod sys;

use std::sync::Once;

use num_traits::ToPrimitive;

use crate::object::*;
use crate::vm::convert::*;
use crate::vm::ops::BinOp;
use crate::vm::{dictops, PyResult, Vm};

static INIT: Once = Once::new();

/// Fills in the bases, MROs and dicts of the builtin type statics (once per process).
pub fn init_types() {
    INIT.call_once(|| {
        // `object` first: every other type's MRO ends with it.
        setup_static(&OBJECT_TYPE, None);
        for t in all_builtin_types() {
            if std::ptr::eq(t, &OBJECT_TYPE) {
                continue;
            }
            let base: &TypeObject = if std::ptr::eq(t, &BOOL_TYPE) {
                &INT_TYPE
            } else {
                &OBJECT_TYPE
            };
            setup_static(t, Some(base));
        }
        for (t, base) in exc::hierarchy() {
            setup_static(t, Some(base.unwrap_or(&OBJECT_TYPE)));
            t.dict_offset.set(
                std::mem::offset_of!(PyObj<ExceptionData>, data)
                    + std::mem::offset_of!(ExceptionData, dict),
            );
        }
        file::register_types();
        register_methods();
    });
}

/// Initialises a builtin type static defined outside `object/` (base `object`).
pub fn setup_builtin_static(t: &'static TypeObject) {
    setup_static(t, Some(&OBJECT_TYPE));
}

fn setup_static(t: &'static TypeObject, base: Option<&'static TypeObject>) {
    let mut mro = vec![t.to_value()];
    if let Some(b) = base {
        mro.extend(b.mro().iter().cloned());
        t.base.set(b as *const TypeObject);
        // SAFETY: initialisation runs once, before any borrow of these fields.
        unsafe { *t.bases.get() = vec![b.to_value()] };
    }
    // SAFETY: as above.
    unsafe {
        *t.mro.get() = mro;
        *t.dict.get() = new_dict();
    }
}

/// Adds native methods to a builtin type's dict.
pub fn add_methods(ty: &'static TypeObject, methods: &[(&'static str, NativeFn)]) {
    add_methods_kind(ty, methods, BuiltinKind::Method);
}

pub fn add_methods_kind(
    ty: &'static TypeObject,
    methods: &[(&'static str, NativeFn)],
    kind: BuiltinKind,
) {
    for (name, f) in methods {
        let m = alloc(
            &METHOD_DESCRIPTOR_TYPE,
            BuiltinFunctionData {
                name,
                func: *f,
                self_: Value::NULL,
                owner: ty.to_value(),
                doc: None,
                kind,
            },
        );
        dictops::set_str(ty.dict(), new_str(name), m);
    }
}

/// Binds a method descriptor to a receiver.
pub fn bind_builtin(descr: &Value, self_: Value) -> Value {
    let b = descr.downcast::<BuiltinFunctionData>().expect("builtin");
    alloc(
        &BUILTIN_FUNCTION_TYPE,
        BuiltinFunctionData {
            name: b.name,
            func: b.func,
            self_,
            owner: b.owner.clone(),
            doc: b.doc,
            kind: BuiltinKind::Method,
        },
    )
}

fn register_methods() {
    functions::register_object_methods();
    exc_methods();
    str::register();
    list::register();
    dict::register();
    dict::register_proxy();
    set::register();
    bytes::register();
    range::register();
    gen::register();
    coro::register();
    functions::register_type_methods();
    functions::register_number_methods();
    numbers::register();
    // Last: generic special-method wrappers fill what the types lack.
    slots::register();
}

fn exc_methods() {
    add_methods_kind(
        &exc::OS_ERROR,
        &[("__new__", exc::os_error_new)],
        BuiltinKind::StaticMethod,
    );
    add_methods(
        &exc::OS_ERROR,
        &[
            ("__str__", exc::os_error_str),
            ("__init__", exc::os_error_init),
        ],
    );
    add_methods_kind(
        &exc::BASE_EXCEPTION,
        &[("__new__", exc::exc_new)],
        BuiltinKind::StaticMethod,
    );
    add_methods(
        &exc::BASE_EXCEPTION,
        &[
            ("__init__", exc::exc_init),
            ("__str__", exc::exc_str),
            ("__repr__", exc::exc_repr),
            ("with_traceback", exc::exc_with_traceback),
        ],
    );
}

/// Creates the `builtins` and `sys` modules.
pub fn init_builtins(vm: &mut Vm) {
    let d = new_dict();
    vm.builtins = d.clone();
    functions::populate(vm, &d);
    file::register_open(vm);
    if memoryview::register(vm, &d).is_err() {
        panic!("cannot create the memoryview type");
    }
    for t in all_builtin_types() {
        let public = matches!(
            t.name(),
            "object"
                | "type"
                | "int"
                | "bool"
                | "float"
                | "complex"
                | "str"
                | "bytes"
                | "bytearray"
                | "tuple"
                | "list"
                | "dict"
                | "set"
                | "frozenset"
                | "range"
                | "slice"
                | "property"
                | "staticmethod"
                | "classmethod"
                | "super"
                | "enumerate"
                | "zip"
                | "map"
                | "filter"
                | "reversed"
        );
        if public {
            let n = vm.intern(t.name());
            dictops::set_str(&d, n, t.to_value());
        }
    }
    for (t, _) in exc::hierarchy() {
        let n = vm.intern(t.name());
        dictops::set_str(&d, n, t.to_value());
    }
    for alias in ["EnvironmentError", "IOError"] {
        let n = vm.intern(alias);
        dictops::set_str(&d, n, exc::OS_ERROR.to_value());
    }
    let consts = [
        ("None", Value::none()),
        ("True", Value::bool(true)),
        ("False", Value::bool(false)),
        ("Ellipsis", ELLIPSIS.value()),
        ("NotImplemented", Value::not_implemented()),
        ("__debug__", Value::bool(true)),
    ];
    for (k, v) in consts {
        let n = vm.intern(k);
        dictops::set_str(&d, n, v);
    }
    let name = vm.intern("__name__");
    dictops::set_str(&d, name, new_str("builtins"));
    let bm = new_module(vm, "builtins", d);
    let mods = vm.modules.clone();
    dictops::set_str(&mods, new_str("builtins"), bm);
    sys::init(vm);
}

/// A new module object named `name` with namespace `dict`.
pub fn new_module(vm: &mut Vm, name: &str, dict: Value) -> Value {
    let key = vm.names.__name__.clone();
    if dictops::get_str_key(&dict, &key).is_none() {
        dictops::set_str(&dict, key, new_str(name));
    }
    for k in ["__doc__", "__package__", "__loader__", "__spec__"] {
        let kk = vm.intern(k);
        if dictops::get_str_key(&dict, &kk).is_none() {
            dictops::set_str(&dict, kk, Value::none());
        }
    }
    alloc(&MODULE_TYPE, ModuleData { dict })
}

/// `ascii()` of a repr: non-ASCII characters escaped.
pub fn ascii_of(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 128 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// Names of abstract methods left on a class (functions marked
/// `__isabstractmethod__`, including inherited ones not overridden).
pub fn abstract_methods(vm: &mut Vm, t: &TypeObject) -> PyResult<Vec<Value>> {
    let mut out = Vec::new();
    let key = vm.intern("__isabstractmethod__");
    let mut seen: Vec<String> = Vec::new();
    for c in t.mro().to_vec() {
        let ct = c.as_type().expect("type");
        for (k, _) in dictops::items(ct.dict()) {
            let ks = k.as_str().unwrap_or("").to_string();
            if seen.contains(&ks) {
                continue;
            }
            seen.push(ks);
            let v = vm.type_lookup_v(t, &k).unwrap_or_else(Value::none);
            let is_abs = match v.downcast::<FunctionData>() {
                Some(f) => {
                    let d = f.dict.get();
                    !d.is_null() && dictops::get_str_key(&d, &key).is_some_and(|x| x.is_true_obj())
                }
                None => {
                    if v.ty().is_heap()
                        || matches!(
                            v.ty().layout,
                            Layout::Property | Layout::StaticMethod | Layout::ClassMethod
                        )
                    {
                        match vm.getattr_opt(&v, &key)? {
                            Some(x) => vm.truthy(&x)?,
                            None => false,
                        }
                    } else {
                        false
                    }
                }
            };
            if is_abs {
                out.push(k);
            }
        }
    }
    Ok(out)
}

pub fn frozenset_of(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let s = new_set_of_type(&FROZENSET_TYPE);
    for i in items {
        dictops::set_add(vm, &s, i)?;
    }
    Ok(s)
}

/// Attributes of builtin objects that are not in a type dict.
pub fn special_getattr(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let n = name.as_str().unwrap_or("");
    if n == "__class__" {
        return Ok(Some(obj.ty().to_value()));
    }
    if let Some(t) = obj.as_type() {
        return Ok(match n {
            "__name__" => Some(new_str(t.name())),
            "__qualname__" => Some(new_str(t.qualname())),
            "__mro__" => Some(new_tuple(t.mro().to_vec())),
            "__bases__" => Some(new_tuple(t.bases().to_vec())),
            "__base__" => Some(t.bases().first().cloned().unwrap_or_else(Value::none)),
            "__dict__" => Some(alloc(
                &MAPPINGPROXY_TYPE,
                DictViewData {
                    dict: t.dict().clone(),
                },
            )),
            "__module__" => Some(new_str("builtins")),
            "__doc__" => Some(Value::none()),
            _ => None,
        });
    }
    if n == "__dict__" {
        if let Some(slot) = obj.dict_slot() {
            let mut d = slot.get();
            if d.is_null() {
                d = new_dict();
                slot.set(d.clone());
            }
            return Ok(Some(d));
        }
        if let Some(m) = obj.downcast::<ModuleData>() {
            return Ok(Some(m.dict.clone()));
        }
    }
    match obj.ty().layout {
        Layout::Function => func::function_getattr(vm, obj, n),
        Layout::Method => {
            let m = obj.downcast::<MethodData>().expect("method");
            Ok(match n {
                "__self__" => Some(m.self_.clone()),
                "__func__" => Some(m.func.clone()),
                _ => {
                    let f = m.func.clone();
                    return vm.getattr_opt(&f, name);
                }
            })
        }
        Layout::BuiltinFunction => {
            let b = obj.downcast::<BuiltinFunctionData>().expect("builtin");
            Ok(match n {
                "__name__" | "__qualname__" => Some(new_str(b.name)),
                "__self__" => Some(if b.self_.is_null() {
                    Value::none()
                } else {
                    b.self_.clone()
                }),
                "__doc__" => Some(Value::none()),
                "__module__" => Some(Value::none()),
                _ => None,
            })
        }
        Layout::Cell => Ok(match n {
            "cell_contents" => {
                let v = obj.downcast::<CellData>().expect("cell").value.get();
                if v.is_null() {
                    return Err(vm.value_error("Cell is empty"));
                }
                Some(v)
            }
            _ => None,
        }),
        Layout::Code => func::code_getattr(vm, obj, n),
        Layout::Generator => gen::gen_getattr(vm, obj, n),
        Layout::Range => range::range_getattr(vm, obj, n),
        Layout::Slice => {
            let s = obj.downcast::<SliceData>().expect("slice");
            Ok(match n {
                "start" => Some(s.start.clone()),
                "stop" => Some(s.stop.clone()),
                "step" => Some(s.step.clone()),
                _ => None,
            })
        }
        Layout::Property => {
            let p = obj.downcast::<PropertyData>().expect("property");
            let or_none = |v: Value| if v.is_null() { Value::none() } else { v };
            Ok(match n {
                "fget" => Some(or_none(p.fget.get())),
                "fset" => Some(or_none(p.fset.get())),
                "fdel" => Some(or_none(p.fdel.get())),
                "__doc__" => Some(or_none(p.doc.get())),
                "__isabstractmethod__" => {
                    let g = p.fget.get();
                    if g.is_null() || g.is_none() {
                        Some(Value::bool(false))
                    } else {
                        let k = vm.intern("__isabstractmethod__");
                        match vm.getattr_opt(&g, &k)? {
                            Some(x) => Some(Value::bool(vm.truthy(&x)?)),
                            None => Some(Value::bool(false)),
                        }
                    }
                }
                _ => None,
            })
        }
        Layout::StaticMethod | Layout::ClassMethod => {
            let w = obj.as_func_wrapper().expect("wrapper");
            Ok(match n {
                "__func__" => Some(w.func.get()),
                "__isabstractmethod__" => {
                    let f = w.func.get();
                    let k = vm.intern("__isabstractmethod__");
                    match vm.getattr_opt(&f, &k)? {
                        Some(x) => Some(Value::bool(vm.truthy(&x)?)),
                        None => Some(Value::bool(false)),
                    }
                }
                _ => None,
            })
        }
        Layout::Super => functions::super_getattr(vm, obj, name),
        Layout::Int | Layout::Bool | Layout::Float | Layout::Complex => {
            functions::number_getattr(vm, obj, n)
        }
        Layout::File => file::file_getattr(vm, obj, n),
        Layout::Frame => {
            let f = obj.downcast::<FrameData>().expect("frame");
            Ok(match n {
                "f_code" => Some(f.code.clone()),
                "f_globals" => Some(f.globals.clone()),
                "f_locals" => Some(f.locals.clone()),
                "f_lineno" => Some(new_int(f.lineno as i64)),
                "f_back" => Some(f.back.clone()),
                "f_builtins" => Some(vm.builtins.clone()),
                _ => None,
            })
        }
        Layout::Traceback => {
            let t = obj.downcast::<TracebackData>().expect("tb");
            Ok(match n {
                "tb_lineno" => Some(new_int(t.lineno as i64)),
                "tb_lasti" => Some(new_int(-1)),
                // A snapshot of the frame as the exception passed through it:
                // code, globals and line (its locals are not kept).
                "tb_frame" => {
                    let locals =
                        if t.code.downcast::<CodeData>().is_some_and(|c| {
                            c.code.flags & crate::bytecode::code_flags::OPTIMIZED != 0
                        }) {
                            crate::vm::convert::new_dict()
                        } else {
                            t.globals.clone()
                        };
                    Some(alloc(
                        &FRAME_TYPE,
                        FrameData {
                            code: t.code.clone(),
                            globals: t.globals.clone(),
                            locals,
                            lineno: t.lineno,
                            back: Value::none(),
                        },
                    ))
                }
                "tb_next" => {
                    let nx = t.next.get();
                    Some(if nx.is_null() { Value::none() } else { nx })
                }
                _ => None,
            })
        }
        _ => Ok(None),
    }
}

/// Attribute writes on builtin objects without a dict (function attributes).
pub fn special_setattr(
    vm: &mut Vm,
    obj: &Value,
    name: &Value,
    value: Option<Value>,
) -> PyResult<Option<()>> {
    match obj.ty().layout {
        Layout::Function => func::function_setattr(vm, obj, name, value),
        _ => Ok(None),
    }
}

/// Normalized slice indices `(start, stop, step, len)` for a sequence of length `len`.
pub fn slice_indices(
    vm: &mut Vm,
    s: &SliceData,
    len: usize,
) -> PyResult<(isize, isize, isize, usize)> {
    let len = len as isize;
    let step = if s.step.is_none() {
        1
    } else {
        vm.index_isize(&s.step)?
    };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let conv = |vm: &mut Vm, v: &Value, default: isize| -> PyResult<isize> {
        if v.is_none() {
            return Ok(default);
        }
        let i = match vm.index_value(v) {
            Ok(b) => b
                .to_isize()
                .unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                    isize::MIN / 2
                } else {
                    isize::MAX / 2
                }),
            Err(_) => {
                return Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ))
            }
        };
        Ok(if i < 0 {
            (i + len).max(lower)
        } else {
            i.min(upper)
        })
    };
    let start = conv(vm, &s.start, if step < 0 { upper } else { lower })?;
    let stop = conv(vm, &s.stop, if step < 0 { lower } else { upper })?;
    let n = if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, n))
}

/// Items of `items` selected by a slice.
pub fn slice_select<T: Clone>(start: isize, step: isize, n: usize, items: &[T]) -> Vec<T> {
    (0..n)
        .map(|i| items[(start + i as isize * step) as usize].clone())
        .collect()
}

/// Normalizes a sequence index, raising IndexError with `what`.
pub fn seq_index(vm: &mut Vm, key: &Value, len: usize, what: &str) -> PyResult<usize> {
    let i = match key.as_small_int() {
        Some(i) => i as isize,
        None => vm.index_isize(key).map_err(|e| {
            if e.is_instance(&exc::TYPE_ERROR) {
                vm.type_error(format!(
                    "{} indices must be integers or slices, not {}",
                    what,
                    key.ty().name()
                ))
            } else {
                e
            }
        })?,
    };
    let j = if i < 0 { i + len as isize } else { i };
    if j < 0 || j as usize >= len {
        return Err(vm.index_error(format!("{what} index out of range")));
    }
    Ok(j as usize)
}

/// `obj[key]` for builtin containers; None when `obj` is not one.
pub fn builtin_getitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Option<Value>> {
    match obj.ty().layout {
        Layout::List => list::getitem(vm, obj, key).map(Some),
        Layout::Tuple => {
            let items = tuple_items(obj).expect("tuple");
            if let Some(s) = key.downcast::<SliceData>() {
                let (start, _, step, n) = slice_indices(vm, s, items.len())?;
                return Ok(Some(new_tuple(slice_select(start, step, n, items))));
            }
            let i = seq_index(vm, key, items.len(), "tuple")?;
            Ok(Some(items[i].clone()))
        }
        Layout::Str => str::getitem(vm, obj, key).map(Some),
        Layout::Dict => dict::getitem(vm, obj, key).map(Some),
        Layout::MappingProxy => {
            let d = dict::proxy_dict(obj).expect("mappingproxy");
            dict::getitem(vm, &d, key).map(Some)
        }
        Layout::Range => range::getitem(vm, obj, key).map(Some),
        Layout::Bytes | Layout::ByteArray => bytes::getitem(vm, obj, key).map(Some),
        _ => Ok(None),
    }
}

pub fn builtin_setitem(vm: &mut Vm, obj: &Value, key: &Value, value: Value) -> PyResult<bool> {
    match obj.ty().layout {
        Layout::List => list::setitem(vm, obj, key, value).map(|_| true),
        Layout::ByteArray => bytearray::setitem(vm, obj, key, value).map(|_| true),
        Layout::Dict => dictops::set(vm, obj, key.clone(), value).map(|_| true),
        _ => Ok(false),
    }
}

pub fn builtin_delitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<bool> {
    match obj.ty().layout {
        Layout::List => list::delitem(vm, obj, key).map(|_| true),
        Layout::ByteArray => bytearray::delitem(vm, obj, key).map(|_| true),
        Layout::Dict => match dictops::remove(vm, obj, key)? {
            Some(_) => Ok(true),
            None => Err(vm.key_error(key.clone())),
        },
        _ => Ok(false),
    }
}

/// Sequence operators (`+`, `*`) and set operators on builtin types.
pub fn seq_binop(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let la = a.ty().layout;
    let lb = b.ty().layout;
    match op {
        BinOp::Add => {
            if la == Layout::Str && lb == Layout::Str {
                return Ok(Some(str::concat(a, b)));
            }
            if la == Layout::List && lb == Layout::List {
                let mut v = a.downcast::<ListData>().expect("list").vec().clone();
                v.extend(
                    b.downcast::<ListData>()
                        .expect("list")
                        .vec()
                        .iter()
                        .cloned(),
                );
                return Ok(Some(new_list(v)));
            }
            if la == Layout::Tuple && lb == Layout::Tuple {
                let mut v = tuple_items(a).expect("tuple").to_vec();
                v.extend(tuple_items(b).expect("tuple").iter().cloned());
                return Ok(Some(new_tuple(v)));
            }
            if matches!(la, Layout::Bytes | Layout::ByteArray) {
                return bytes::concat(vm, a, b);
            }
            Ok(None)
        }
        BinOp::Mul => {
            let seqlike = |l: Layout| {
                matches!(
                    l,
                    Layout::Str | Layout::List | Layout::Tuple | Layout::Bytes | Layout::ByteArray
                )
            };
            let indexable = |vm: &mut Vm, v: &Value| {
                is_int(v) || (v.ty().is_heap() && vm.lookup_special(v, "__index__").is_some())
            };
            let (seq, n) = if seqlike(la) && indexable(vm, b) {
                (a, b)
            } else if seqlike(lb) && indexable(vm, a) {
                (b, a)
            } else {
                return Ok(None);
            };
            let n = &new_bigint(vm.index_value(n)?);
            let count = match int_as_i64(n) {
                Some(c) => c.max(0) as usize,
                None => {
                    if int_as_bigint(n).is_some_and(|x| x.sign() == num_bigint::Sign::Minus) {
                        0
                    } else {
                        return Err(
                            vm.overflow_error("cannot fit 'int' into an index-sized integer")
                        );
                    }
                }
            };
            let len = vm.len(seq)?;
            if count > 0 && len.saturating_mul(count) > (1usize << 34) {
                return Err(vm.memory_error());
            }
            Ok(Some(match seq.ty().layout {
                Layout::Str => new_string(seq.as_str().expect("str").repeat(count)),
                Layout::Bytes => {
                    new_bytes(seq.downcast::<BytesData>().expect("bytes").b.repeat(count))
                }
                Layout::ByteArray => {
                    bytearray::new_bytearray(bytes::bytes_of(seq).unwrap_or_default().repeat(count))
                }
                Layout::List => {
                    let src = seq.downcast::<ListData>().expect("list").vec().clone();
                    let mut v = Vec::with_capacity(src.len() * count);
                    for _ in 0..count {
                        v.extend(src.iter().cloned());
                    }
                    new_list(v)
                }
                _ => {
                    let src = tuple_items(seq).expect("tuple");
                    let mut v = Vec::with_capacity(src.len() * count);
                    for _ in 0..count {
                        v.extend(src.iter().cloned());
                    }
                    new_tuple(v)
                }
            }))
        }
        BinOp::Sub | BinOp::And | BinOp::Or | BinOp::Xor
            if a.as_set().is_some() && b.as_set().is_some() =>
        {
            set::set_binop(vm, op, a, b).map(Some)
        }
        BinOp::Sub | BinOp::And | BinOp::Or | BinOp::Xor
            if la == Layout::DictView && lb != Layout::Int =>
        {
            dict::view_binop(vm, op, a, b).map(Some)
        }
        BinOp::Mod if la == Layout::Bytes => bytes::percent_format(vm, a, b).map(Some),
        _ => Ok(None),
    }
}
