//! Classes: `type(...)` calls, `__build_class__`, class creation with the
//! C3 MRO, instance creation.

use std::borrow::Cow;
use std::cell::{Cell, UnsafeCell};

use crate::interp::{Exit, Frame};
use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{dictops, PyResult, Vm};

/// `cls(*args, **kwargs)`.
pub fn call_type(
    vm: &mut Vm,
    t: &TypeObject,
    f: &Value,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    if std::ptr::eq(t, &TYPE_TYPE) && args.len() == 1 && kwnames.is_empty() {
        return Ok(args[0].ty().to_value());
    }
    let new = vm.type_lookup_v(t, &vm.names.__new__.clone());
    let init = vm.type_lookup_v(t, &vm.names.__init__.clone());
    let obj_new = new.as_ref().is_some_and(|n| is_object_slot(n, "__new__"));
    let obj_init = init.as_ref().is_some_and(|n| is_object_slot(n, "__init__"));
    let obj = if obj_new {
        if (args.len() > kwnames.len() || !kwnames.is_empty()) && obj_init {
            return Err(vm.type_error(format!("{}() takes no arguments", t.name())));
        }
        if t.has_flag(type_flags::ABSTRACT) {
            return Err(abstract_error(vm, t));
        }
        new_instance(vm, t)?
    } else {
        let new = new.expect("every type has __new__ via object");
        let new = if let Some(w) = new.as_func_wrapper() {
            w.func.get()
        } else {
            new
        };
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(f.clone());
        all.extend_from_slice(args);
        vm.call(&new, &all, kwnames)?
    };
    if !obj.ty().is_subtype(t) {
        return Ok(obj);
    }
    // `type(name, bases, dict)` initialises itself in __new__.
    if std::ptr::eq(t, &TYPE_TYPE) {
        return Ok(obj);
    }
    let init = vm.type_lookup_v(obj.ty(), &vm.names.__init__.clone());
    if let Some(init) = init {
        if !is_object_slot(&init, "__init__") {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(obj.clone());
            all.extend_from_slice(args);
            let init_f = match init.ty().layout {
                Layout::Function | Layout::BuiltinFunction => init.clone(),
                _ => {
                    let b = vm.bind_descriptor(&init, Some(&obj), &obj.ty().to_value())?;
                    let r = vm.call(&b, args, kwnames)?;
                    if !r.is_none() {
                        return Err(vm.type_error(format!(
                            "__init__() should return None, not '{}'",
                            r.ty().name()
                        )));
                    }
                    return Ok(obj);
                }
            };
            let r = vm.call(&init_f, &all, kwnames)?;
            if !r.is_none() {
                return Err(vm.type_error(format!(
                    "__init__() should return None, not '{}'",
                    r.ty().name()
                )));
            }
        }
    }
    Ok(obj)
}

/// "Can't instantiate abstract class C with abstract methods …".
pub fn abstract_error(vm: &mut Vm, t: &TypeObject) -> crate::vm::PyErr {
    let key = vm.names.__abstractmethods__.clone();
    let names = dictops::get_str_key(t.dict(), &key)
        .map(|v| vm.collect_iterable(&v).unwrap_or_default())
        .unwrap_or_default();
    let mut ns: Vec<String> = names
        .iter()
        .filter_map(|n| n.as_str().map(str::to_string))
        .collect();
    ns.sort();
    vm.type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        t.name(),
        if ns.len() == 1 { "" } else { "s" },
        ns.join(", ")
    ))
}

/// True when `v` is `object`'s own builtin implementation of `slot`.
pub fn is_object_slot(v: &Value, slot: &str) -> bool {
    v.downcast::<BuiltinFunctionData>()
        .is_some_and(|b| b.name == slot && b.owner.raw() == OBJECT_TYPE.to_value().raw())
}

/// Allocates an instance of `t` (a class whose solid base is `object` or an
/// exception type).
pub fn new_instance(vm: &mut Vm, t: &TypeObject) -> PyResult<Value> {
    match t.layout {
        Layout::Object => Ok(alloc(t, InstanceData::new(t.slot_count()))),
        Layout::Exception => Ok(crate::vm::errors::new_exception(t, vec![])),
        _ => Err(vm.type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            t.name(),
            t.name()
        ))),
    }
}

/// `__build_class__(func, name, *bases, metaclass=..., **kwds)`.
pub fn build_class(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = pos[0].clone();
    let name = pos[1].clone();
    let mut bases: Vec<Value> = pos[2..].to_vec();
    // PEP 560 __mro_entries__.
    let orig_bases = bases.clone();
    let mut changed = false;
    let mut resolved = Vec::new();
    for b in &bases {
        if b.as_type().is_none() {
            if let Some(m) = vm.getattr_opt(b, &vm.names.__mro_entries__.clone())? {
                let r = vm.call(&m, &[new_tuple(orig_bases.clone())], &[])?;
                resolved.extend(vm.collect_iterable(&r)?);
                changed = true;
                continue;
            }
        }
        resolved.push(b.clone());
    }
    if changed {
        bases = resolved;
    }
    let mut meta: Option<Value> = None;
    let mut kwnames = Vec::new();
    let mut kwvalues = Vec::new();
    for (k, v) in args.kwnames.iter().zip(args.kwvalues()) {
        if k.as_str() == Some("metaclass") {
            meta = Some(v.clone());
        } else {
            kwnames.push(k.clone());
            kwvalues.push(v.clone());
        }
    }
    let mut meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => b.ty().to_value(),
            None => TYPE_TYPE.to_value(),
        },
    };
    if meta.as_type().is_some() {
        meta = calculate_metaclass(vm, &meta, &bases)?;
    }
    let bases_t = new_tuple(bases.clone());
    let ns = match vm.getattr_opt(&meta, &vm.names.__prepare__.clone())? {
        Some(p) => {
            let mut a = vec![name.clone(), bases_t.clone()];
            a.extend(kwvalues.iter().cloned());
            vm.call(&p, &a, &kwnames)?
        }
        None => new_dict(),
    };
    let fd = func
        .downcast::<FunctionData>()
        .ok_or_else(|| vm.type_error("__build_class__: func must be a function"))?;
    let code_v = fd.code.clone();
    // SAFETY: `code_v` keeps the code alive for the borrow.
    let cd = unsafe { &*(code_v.payload_unchecked::<CodeData>() as *const CodeData) };
    let base = vm.stack.len();
    let n = cd.code.varnames.len() + cd.cell_names.len();
    vm.stack.resize_with(base + n, || Value::NULL);
    let closure = fd.closure.clone();
    vm.init_cells(cd, base, &closure);
    let frame = Frame {
        code: code_v.clone(),
        globals: fd.globals.clone(),
        locals: ns.clone(),
        func: func.clone(),
        base,
        pc: 0,
        block_base: vm.blocks.len(),
        entry: true,
        eager: false,
        generator: Value::NULL,
    };
    let cell = match vm.run_frame(frame)? {
        Exit::Return(v) => v,
        Exit::Yield(_) => return Err(vm.runtime_error("yield in class body")),
    };
    if changed {
        let k = vm.intern("__orig_bases__");
        dictops::set(vm, &ns, k, new_tuple(orig_bases))?;
    }
    let mut a = vec![name, bases_t, ns];
    a.extend(kwvalues);
    let cls = vm.call(&meta, &a, &kwnames)?;
    if let Some(c) = cell.downcast::<CellData>() {
        c.value.set(cls.clone());
    }
    Ok(cls)
}

fn calculate_metaclass(vm: &mut Vm, meta: &Value, bases: &[Value]) -> PyResult<Value> {
    let mut winner = meta.clone();
    for b in bases {
        let bt = b.ty();
        let w = winner.as_type().expect("metaclass is a type");
        if w.is_subtype(bt) {
            continue;
        }
        if bt.is_subtype(w) {
            winner = bt.to_value();
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// C3 linearization.
fn c3_mro(vm: &mut Vm, cls: &Value, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases
        .iter()
        .map(|b| b.as_type().expect("base is a type").mro().to_vec())
        .collect();
    seqs.push(bases.to_vec());
    let mut out = vec![cls.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs.iter().any(|o| o[1..].iter().any(|x| x.is(cand))) {
                found = Some(cand.clone());
                break;
            }
        }
        match found {
            Some(c) => {
                for s in seqs.iter_mut() {
                    if s[0].is(&c) {
                        s.remove(0);
                    }
                }
                out.push(c);
            }
            None => {
                let mut names: Vec<String> = Vec::new();
                for s in &seqs {
                    let n = s[0]
                        .as_type()
                        .map(|t| t.name().to_string())
                        .unwrap_or_default();
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                return Err(vm.type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        }
    }
}

/// `type.__new__(meta, name, bases, ns)`.
pub fn type_new(
    vm: &mut Vm,
    meta: &TypeObject,
    name: &Value,
    bases: &Value,
    ns: &Value,
    kwnames: &[Value],
    kwvalues: &[Value],
) -> PyResult<Value> {
    let name_s = name
        .as_str()
        .ok_or_else(|| vm.type_error("type.__new__() argument 1 must be str"))?
        .to_string();
    let mut bases_v: Vec<Value> = tuple_items(bases)
        .ok_or_else(|| vm.type_error("type.__new__() argument 2 must be tuple"))?
        .to_vec();
    if bases_v.is_empty() {
        bases_v.push(OBJECT_TYPE.to_value());
    }
    // The solid base: the most derived builtin layout among the bases.
    let mut solid: &TypeObject = &OBJECT_TYPE;
    let mut base_nslots = 0usize;
    let mut slotted_base: Option<&TypeObject> = None;
    let mut base_has_dict = false;
    for b in &bases_v {
        let bt = b
            .as_type()
            .ok_or_else(|| vm.type_error("bases must be types"))?;
        if !bt.has_flag(type_flags::BASETYPE) {
            return Err(vm.type_error(format!(
                "type '{}' is not an acceptable base type",
                bt.name()
            )));
        }
        let bs = solid_base(bt);
        if bs.is_subtype(solid) {
            solid = bs;
        } else if !solid.is_subtype(bs) {
            return Err(vm.type_error("multiple bases have instance lay-out conflict"));
        }
        if bt.slot_count() > 0 {
            match slotted_base {
                Some(sb) if !bt.is_subtype(sb) && !sb.is_subtype(bt) => {
                    return Err(vm.type_error("multiple bases have instance lay-out conflict"));
                }
                _ => {}
            }
            if bt.slot_count() > base_nslots {
                base_nslots = bt.slot_count();
                slotted_base = Some(bt);
            }
        }
        if bt.dict_offset.get() != 0 {
            base_has_dict = true;
        }
    }
    let layout = solid.layout;
    let Some((dealloc, solid_dict_offset)) = subclass_layout(layout) else {
        return Err(vm.type_error(format!(
            "type '{}' is not an acceptable base type",
            solid.name()
        )));
    };
    // __slots__: named storage instead of (or besides) an instance dict.
    let slots_key = vm.names.__slots__.clone();
    let mut slot_names: Vec<String> = Vec::new();
    let mut want_dict = true;
    if let Some(sl) = dictops::get_str_key(ns, &slots_key) {
        want_dict = false;
        let names = if sl.as_str().is_some() {
            vec![sl.clone()]
        } else {
            vm.collect_iterable(&sl)?
        };
        for n in names {
            let Some(s) = n.as_str() else {
                return Err(vm.type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    n.ty().name()
                )));
            };
            match s {
                "__dict__" => want_dict = true,
                "__weakref__" => {}
                _ => {
                    let valid = s
                        .chars()
                        .next()
                        .is_some_and(|c| c == '_' || c.is_alphabetic())
                        && s.chars().all(|c| c == '_' || c.is_alphanumeric());
                    if !valid {
                        return Err(vm.type_error("__slots__ must be identifiers"));
                    }
                    let mangled = if s.starts_with("__") && !s.ends_with("__") {
                        format!("_{}{}", name_s.trim_start_matches('_'), s)
                    } else {
                        s.to_string()
                    };
                    if dictops::get_str_key(ns, &new_str(&mangled)).is_some() {
                        return Err(vm.value_error(format!(
                            "'{mangled}' in __slots__ conflicts with class variable"
                        )));
                    }
                    slot_names.push(mangled);
                }
            }
        }
        if !slot_names.is_empty() && layout != Layout::Object {
            return Err(vm.type_error(format!(
                "nonempty __slots__ not supported for subtype of '{}'",
                solid.name()
            )));
        }
    }
    let dict_offset = if want_dict || base_has_dict {
        solid_dict_offset
    } else {
        0
    };
    let dict = new_dict();
    for (k, v) in dictops::items(ns) {
        dictops::set(vm, &dict, k, v)?;
    }
    let qualname = match dictops::get_str_key(&dict, &vm.names.__qualname__.clone()) {
        Some(q) => {
            dictops::remove(vm, &dict, &vm.names.__qualname__.clone())?;
            q.as_str()
                .map(str::to_string)
                .unwrap_or_else(|| name_s.clone())
        }
        None => name_s.clone(),
    };
    if dictops::get_str_key(&dict, &vm.names.__module__.clone()).is_none() {
        // Take __name__ of the caller's globals.
        if let Some(f) = vm.frames.last() {
            let g = f.globals.clone();
            if let Some(m) = dictops::get_str_key(&g, &vm.names.__name__.clone()) {
                dictops::set_str(&dict, vm.names.__module__.clone(), m);
            }
        }
    }
    if dictops::get_str_key(&dict, &vm.names.__doc__.clone()).is_none() {
        dictops::set_str(&dict, vm.names.__doc__.clone(), Value::none());
    }
    // Implicit staticmethod/classmethod wrapping.
    for (key, kind) in [
        ("__new__", 0),
        ("__init_subclass__", 1),
        ("__class_getitem__", 1),
    ] {
        let k = vm.intern(key);
        if let Some(f) = dictops::get_str_key(&dict, &k) {
            if f.downcast::<FunctionData>().is_some() {
                let ty: &TypeObject = if kind == 0 {
                    &STATICMETHOD_TYPE
                } else {
                    &CLASSMETHOD_TYPE
                };
                let w = alloc(
                    ty,
                    FuncWrapperData {
                        func: Slot::new(f),
                        dict: Slot::null(),
                    },
                );
                dictops::set_str(&dict, k, w);
            }
        }
    }
    let mut flags = type_flags::HEAP | type_flags::BASETYPE;
    let has_eq = dictops::get_str_key(&dict, &vm.names.__eq__.clone()).is_some();
    let has_hash = dictops::get_str_key(&dict, &vm.names.__hash__.clone()).is_some();
    if has_eq && !has_hash {
        dictops::set_str(&dict, vm.names.__hash__.clone(), Value::none());
    }
    if solid.has_flag(type_flags::EXCEPTION) {
        flags |= type_flags::EXCEPTION;
    }
    let t = Box::new(TypeObject {
        header: ObjHeader {
            refcnt: Cell::new(1),
            ty: Cell::new(meta as *const TypeObject),
        },
        layout,
        flags: Cell::new(flags),
        dealloc,
        dict_offset: Cell::new(dict_offset),
        name: UnsafeCell::new(Cow::Owned(name_s)),
        qualname: UnsafeCell::new(Cow::Owned(qualname)),
        base: Cell::new(solid as *const TypeObject),
        bases: UnsafeCell::new(bases_v.clone()),
        mro: UnsafeCell::new(Vec::new()),
        dict: UnsafeCell::new(dict.clone()),
        nslots: Cell::new(base_nslots + slot_names.len()),
        subclasses: UnsafeCell::new(Vec::new()),
        hooks: Cell::new((0, 0)),
    });
    if meta.is_heap() {
        std::mem::forget(meta.to_value());
    }
    crate::object::count_heap_type();
    let p = std::ptr::NonNull::from(Box::leak(t)).cast::<ObjHeader>();
    // SAFETY: a fresh allocation with count 1, owned by the new Value.
    let cls = unsafe { Value::from_owned_ptr(p) };
    let mro = c3_mro(vm, &cls, &bases_v)?;
    let ct = cls.as_type().expect("type");
    // SAFETY: no borrow of the MRO exists yet.
    unsafe { *ct.mro.get() = mro };
    for b in &bases_v {
        if let Some(bt) = b.as_type() {
            bt.add_subclass(ct);
        }
    }
    for (i, sname) in slot_names.iter().enumerate() {
        let key = vm.intern(sname);
        let member = alloc(
            &MEMBER_DESCRIPTOR_TYPE,
            MemberData {
                name: key.clone(),
                index: base_nslots + i,
                owner: cls.clone(),
            },
        );
        dictops::set_str(&dict, key, member);
    }
    // Abstract methods (abc): a class with names in __abstractmethods__ cannot be instantiated.
    let am = crate::builtins::abstract_methods(vm, ct)?;
    if !am.is_empty() {
        ct.flags.set(ct.flags.get() | type_flags::ABSTRACT);
        dictops::set_str(
            &dict,
            vm.names.__abstractmethods__.clone(),
            crate::builtins::frozenset_of(vm, am)?,
        );
    }
    // The new class's own entries may have been cached while it was built.
    bump_type_epoch();
    if vm.type_lookup_v(ct, &vm.names.__del__.clone()).is_some() {
        ct.flags.set(ct.flags.get() | type_flags::HAS_FINALIZER);
    }
    // __set_name__ on descriptors.
    for (k, v) in dictops::items(&dict) {
        if v.ty().is_heap() {
            if let Some(m) = vm.lookup_special(&v, "__set_name__") {
                vm.call_method_obj(&m, &v, &[cls.clone(), k.clone()])?;
            }
        }
    }
    // __init_subclass__ of the parent.
    let parent_mro: Vec<Value> = ct.mro()[1..].to_vec();
    for p in parent_mro {
        let pt = p.as_type().expect("type");
        if let Some(m) = dictops::get_str_key(pt.dict(), &vm.names.__init_subclass__.clone()) {
            let f = vm.bind_descriptor(&m, None, &cls)?;
            let mut all = kwvalues.to_vec();
            all.shrink_to_fit();
            vm.call(&f, &all, kwnames)?;
            break;
        }
    }
    Ok(cls)
}

fn solid_base(t: &TypeObject) -> &TypeObject {
    let mut cur = t;
    loop {
        if !cur.is_heap() {
            return cur;
        }
        let b = cur.base.get();
        if b.is_null() {
            return cur;
        }
        // SAFETY: base pointers refer to live types kept alive by the MRO.
        cur = unsafe { &*b };
    }
}

/// `cls.name = value` / `del cls.name`.
pub fn type_setattr(
    vm: &mut Vm,
    t: &TypeObject,
    name: &Value,
    value: Option<Value>,
) -> PyResult<()> {
    if !t.is_heap() {
        return Err(vm.type_error(format!(
            "can't set attributes of built-in/extension type '{}'",
            t.name()
        )));
    }
    let n = name.as_str().unwrap_or("");
    if n == "__name__" {
        if let Some(v) = &value {
            if let Some(s) = v.as_str() {
                t.set_name(s.to_string());
                return Ok(());
            }
        }
    }
    if n == "__qualname__" {
        if let Some(v) = &value {
            if let Some(s) = v.as_str() {
                t.set_qualname(s.to_string());
                return Ok(());
            }
        }
    }
    let dict = t.dict().clone();
    let r = match value {
        Some(v) => dictops::set(vm, &dict, name.clone(), v),
        None => match dictops::remove(vm, &dict, name)? {
            Some(_) => Ok(()),
            None => Err(vm.attribute_error(format!(
                "type object '{}' has no attribute '{}'",
                t.name(),
                n
            ))),
        },
    };
    bump_type_epoch();
    if n == "__del__" {
        update_finalizer_flag(vm, t);
    }
    r
}

/// `isinstance(obj, cls)` with `__instancecheck__`.
pub fn isinstance(vm: &mut Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(t) = cls.as_type() {
        if obj.ty().is_subtype(t) {
            return Ok(true);
        }
        // An object may claim another class through a `__class__`
        // attribute (proxies, mocks): CPython checks that class too.
        if obj.ty().is_heap() && vm.type_lookup(obj.ty(), "__class__").is_some() {
            let k = vm.names.__class__.clone();
            if let Some(c) = vm.getattr_opt(obj, &k)? {
                if let Some(ct) = c.as_type() {
                    if !std::ptr::eq(ct, obj.ty()) && ct.is_subtype(t) {
                        return Ok(true);
                    }
                }
            }
        }
        if !cls.ty().is_heap() {
            return Ok(false);
        }
    }
    if let Some(items) = tuple_items(cls) {
        for c in items {
            if isinstance(vm, obj, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(m) = vm.lookup_special(cls, "__instancecheck__") {
        let r = vm.call_method_obj(&m, cls, std::slice::from_ref(obj))?;
        return vm.truthy(&r);
    }
    if cls.as_type().is_none() {
        return Err(vm.type_error("isinstance() arg 2 must be a type or tuple of types"));
    }
    Ok(false)
}

/// `issubclass(c, cls)` with `__subclasscheck__`.
pub fn issubclass(vm: &mut Vm, c: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(items) = tuple_items(cls) {
        for x in items {
            if issubclass(vm, c, x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if cls.ty().is_heap() {
        if let Some(m) = vm.lookup_special(cls, "__subclasscheck__") {
            let r = vm.call_method_obj(&m, cls, std::slice::from_ref(c))?;
            return vm.truthy(&r);
        }
    }
    let ct = c
        .as_type()
        .ok_or_else(|| vm.type_error("issubclass() arg 1 must be a class"))?;
    let t = cls
        .as_type()
        .ok_or_else(|| vm.type_error("issubclass() arg 2 must be a class or tuple of classes"))?;
    Ok(ct.is_subtype(t))
}

/// `int.__new__(Sub, ...)` and the like for immutable builtins: builds the
/// value with the builtin constructor, then re-wraps its payload as an
/// instance of the subclass. None when `b` is not such a call.
pub fn new_of_builtin_subclass(
    vm: &mut Vm,
    b: &BuiltinFunctionData,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Option<Value>> {
    let Some(owner) = b.owner.as_type() else {
        return Ok(None);
    };
    if !matches!(
        owner.layout,
        Layout::Int
            | Layout::Float
            | Layout::Complex
            | Layout::Str
            | Layout::Bytes
            | Layout::Tuple
            | Layout::FrozenSet
    ) {
        return Ok(None);
    }
    let Some(cls) = args.first().and_then(|c| c.as_type()) else {
        return Ok(None);
    };
    if std::ptr::eq(cls, owner) || !cls.is_heap() {
        return Ok(None);
    }
    if !cls.is_subtype(owner) {
        return Err(vm.type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            owner.name(),
            cls.name(),
            cls.name(),
            owner.name()
        )));
    }
    let mut all = args.to_vec();
    all[0] = owner.to_value();
    let v = (b.func)(vm, Args::new(&all, kwnames))?;
    Ok(Some(rebox(vm, &v, cls, owner)?))
}

/// Copies the payload of a builtin immutable value into a new instance of `cls`.
fn rebox(vm: &mut Vm, v: &Value, cls: &TypeObject, owner: &TypeObject) -> PyResult<Value> {
    Ok(match owner.layout {
        Layout::Int => alloc_instance(cls, owner, BigIntData(int_as_bigint(v).unwrap_or_default())),
        Layout::Float => alloc_instance(cls, owner, FloatData(float_of(v).unwrap_or(0.0))),
        Layout::Complex => {
            let c = v
                .downcast::<ComplexData>()
                .map_or((0.0, 0.0), |c| (c.re, c.im));
            alloc_instance(cls, owner, ComplexData { re: c.0, im: c.1 })
        }
        Layout::Str => {
            let s = v.as_str().unwrap_or("");
            alloc_instance(cls, owner, StrData::new(s.into()))
        }
        Layout::Bytes => {
            let b = v
                .downcast::<BytesData>()
                .map(|b| b.b.clone())
                .unwrap_or_default();
            alloc_instance(
                cls,
                owner,
                BytesData {
                    b,
                    hash: Cell::new(-1),
                },
            )
        }
        Layout::Tuple => {
            let items = tuple_items(v).unwrap_or(&[]).to_vec().into_boxed_slice();
            alloc_instance(
                cls,
                owner,
                TupleData {
                    items,
                    hash: Cell::new(-1),
                },
            )
        }
        _ => {
            let s = alloc_instance(
                cls,
                owner,
                SetData {
                    table: UnsafeCell::new(SetTable::new()),
                },
            );
            for x in dictops::set_items(v) {
                dictops::set_add(vm, &s, x)?;
            }
            s
        }
    })
}

/// Recomputes `HAS_FINALIZER` for `t` and its subclasses after `__del__`
/// was assigned or deleted on a class.
fn update_finalizer_flag(vm: &mut Vm, t: &TypeObject) {
    let has = vm.type_lookup_v(t, &vm.names.__del__.clone()).is_some();
    let f = t.flags.get();
    t.flags.set(if has {
        f | type_flags::HAS_FINALIZER
    } else {
        f & !type_flags::HAS_FINALIZER
    });
    for sub in t.subclass_list() {
        if let Some(st) = sub.as_type() {
            update_finalizer_flag(vm, st);
        }
    }
}
